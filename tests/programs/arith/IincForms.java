// iinc in all its shapes: ++/-- pre and post inside expressions, increments that fit the signed
// byte of iinc, ones that need wide iinc (up to +-32768), and larger ones that javac turns into
// iadd, on locals that live across loops and calls.
public class IincForms {
    static int id(int x) { return x; }

    public static void main(String[] a) {
        int i = 0;
        i += 1;    System.out.println("+1 " + i);
        i += 127;  System.out.println("+127 " + i);
        i += 128;  System.out.println("+128 " + i);
        i -= 128;  System.out.println("-128 " + i);
        i -= 129;  System.out.println("-129 " + i);
        i += 255;  System.out.println("+255 " + i);
        i += 32767; System.out.println("+32767 " + i);
        i -= 32768; System.out.println("-32768 " + i);
        i += 32768; System.out.println("+32768 " + i);
        i += 40000; System.out.println("+40000 " + i);
        i -= 100000; System.out.println("-100000 " + i);
        i += Integer.MAX_VALUE; System.out.println("+MAX " + i);
        i += 1;    System.out.println("+1 " + i);

        int j = 5;
        int x = j++ + ++j;
        System.out.println("j++ + ++j = " + x + ", j = " + j);
        x = j-- - --j;
        System.out.println("j-- - --j = " + x + ", j = " + j);
        x = id(j++) * 10 + id(j++);
        System.out.println("id(j++)*10 + id(j++) = " + x + ", j = " + j);
        j = j++;
        System.out.println("j = j++ leaves j = " + j);
        j = ++j;
        System.out.println("j = ++j gives j = " + j);

        // Counting loops with large steps.
        int n = 0;
        for (int k = -100000; k < 100000; k += 12345) n++;
        System.out.println("steps of 12345: " + n);
        n = 0;
        for (int k = 1000; k > -1000; k -= 300) {
            n += k;
            System.out.println("k = " + k + ", n = " + n);
        }
        int up = Integer.MAX_VALUE - 3;
        for (int k = 0; k < 6; k++) {
            up++;
            System.out.println("up++ -> " + up);
        }
        int down = Integer.MIN_VALUE + 2;
        for (int k = 0; k < 5; k++) {
            System.out.println("down-- -> " + down--);
        }
        System.out.println("down = " + down);

        // Several locals incremented in one loop (register pressure on r0..r7).
        int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
        for (int k = 0; k < 50; k++) {
            a0++; a1 += 2; a2 += 3; a3 -= 4; a4 += 100; a5 -= 200; a6 += 1000; a7 -= 129; a8 += 31; a9--;
        }
        System.out.println(a0 + " " + a1 + " " + a2 + " " + a3 + " " + a4 + " " + a5 + " " + a6 + " " + a7 + " " + a8 + " " + a9);
        System.out.println("sum " + (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9));
    }
}
