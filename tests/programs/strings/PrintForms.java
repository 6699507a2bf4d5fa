// The System.out overloads the milestone supports: print and println of String, int, char and
// boolean, println() alone, and the widening that picks println(int) for byte and short.
public class PrintForms {
    public static void main(String[] a) {
        System.out.println("string");
        System.out.println(0);
        System.out.println(-1);
        System.out.println(Integer.MIN_VALUE);
        System.out.println(Integer.MAX_VALUE);
        System.out.println(1000000000);
        System.out.println(-999999999);
        System.out.println('c');
        System.out.println('€');
        System.out.println(true);
        System.out.println(false);
        System.out.println();
        System.out.print("no newline, ");
        System.out.print(42);
        System.out.print(' ');
        System.out.print(-42);
        System.out.print(' ');
        System.out.print('x');
        System.out.print(' ');
        System.out.print(true);
        System.out.print(' ');
        System.out.print(false);
        System.out.println();
        System.out.println();
        System.out.println();

        byte b = -7;
        short s = -300;
        char c = 'Z';
        System.out.println(b);
        System.out.println(s);
        System.out.println(c);
        System.out.println((int) c);
        System.out.print(b);
        System.out.print(s);
        System.out.println();

        // Every power of ten and its neighbours, both signs (exercises the number printer).
        int p = 1;
        for (int i = 0; i < 10; i++) {
            System.out.print(p - 1);
            System.out.print(' ');
            System.out.print(p);
            System.out.print(' ');
            System.out.print(-p);
            System.out.print(' ');
            System.out.println(p + 1);
            p *= 10;
        }
        // Every digit in every position.
        int v = 1234567890;
        for (int i = 0; i < 10; i++) {
            System.out.println(v);
            v = v / 10 + (v % 10) * 100000000;
        }
        // Single characters, including control and multi-byte ones.
        char[] cs = { 'A', 'z', '0', '~', ' ', '\t', 'ä', 'ß', 'Ж', '→', '€', '中' };
        for (int i = 0; i < cs.length; i++) {
            System.out.print('[');
            System.out.print(cs[i]);
            System.out.print(']');
        }
        System.out.println();
        String s1 = "first";
        String s2 = "second";
        String pick = a.length == 0 ? s1 : s2;
        System.out.println(pick);
        System.out.print(pick);
        System.out.println(s2);
    }
}
