// Narrow static fields: byte, short, char and boolean statics updated with ++, --, compound
// assignments that wrap, assignments from each other (byte -> char sign-extends then truncates),
// passed to and returned from methods of narrow parameter and return types, and compared against
// values outside their range (which must never be equal). Statics of nested classes too.
public class Stress2NarrowStatics {
    static byte b = 120;
    static short s = 32760;
    static char c = 65530;
    static boolean z;

    static class Box {
        static byte nb = -120;
        static char nc = 5;
    }

    static byte addB(byte x, int y) {
        return (byte) (x + y);
    }

    static char nextC(char x) {
        return (char) (x + 1);
    }

    static short twice(short x) {
        return (short) (x * 2);
    }

    static boolean flip(boolean x) {
        return !x;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 12; i++) {
            b++;
            s += 2;
            c += 3;
            z = flip(z);
            Box.nb -= 7;
            Box.nc--;
            System.out.println(i + ": " + b + " " + s + " " + (int) c + " " + z + " " + Box.nb + " " + (int) Box.nc + " "
                    + (b == 128) + (s == 32768) + (c == -1) + (Box.nc == 65535) + (b < 0));
        }
        c = (char) b;
        s = (short) c;
        b = (byte) s;
        System.out.println("cross " + (int) c + " " + s + " " + b);
        b = addB(b, 200);
        c = nextC((char) 65535);
        s = twice((short) 20000);
        System.out.println("calls " + b + " " + (int) c + " " + s);
        int sum = 0;
        for (int i = 0; i < 300; i++) {
            b += 3;
            sum += b;
            c -= 1000;
            sum ^= c;
            s *= 3;
            sum += s;
        }
        System.out.println("loop " + sum + " " + b + " " + (int) c + " " + s);
        Box.nb = (byte) 0x80;
        Box.nb >>= 1;
        Box.nc = (char) 0x8000;
        Box.nc >>= 1;
        byte u = (byte) 0xf0;
        u >>>= 2;
        System.out.println("shifts " + Box.nb + " " + (int) Box.nc + " " + u);
    }
}
