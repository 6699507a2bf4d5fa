// i2b, i2s, i2c narrowing, sign extension of byte/short loads and zero extension of char loads,
// and compound assignments on narrow types (b += 200 narrows after the add), including the >>>=
// pitfall on negative bytes (the shift happens on the widened int).
public class Conversions {
    static byte toByte(int x) { return (byte) x; }
    static short toShort(int x) { return (short) x; }
    static char toChar(int x) { return (char) x; }
    static int widen(byte b, short s, char c) { return b + s + c; }

    public static void main(String[] a) {
        int[] v = { 0, 1, 127, 128, 200, 255, 256, -1, -128, -129, 32767, 32768, 40000, 65535, 65536,
                    -32768, -32769, 0x12345678, 0x89abcdef, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (int i = 0; i < v.length; i++) {
            int x = v[i];
            byte b = toByte(x);
            short s = toShort(x);
            char c = toChar(x);
            System.out.println(x + " -> byte " + b + ", short " + s + ", char " + (int) c + ", sum " + widen(b, s, c));
        }

        // Compound assignment narrows the result.
        byte b = 100;
        b += 200;
        System.out.println("b = 100; b += 200 -> " + b);
        b *= 3;
        System.out.println("b *= 3 -> " + b);
        b -= 250;
        System.out.println("b -= 250 -> " + b);
        b = -16;
        b >>= 1;
        System.out.println("b=-16; b >>= 1 -> " + b);
        b = -16;
        b >>>= 1;
        System.out.println("b=-16; b >>>= 1 -> " + b);
        b = -16;
        b >>>= 28;
        System.out.println("b=-16; b >>>= 28 -> " + b);
        b = 127;
        b++;
        System.out.println("b=127; b++ -> " + b);
        b--;
        System.out.println("b-- -> " + b);

        short s = 30000;
        s += s;
        System.out.println("s = 30000; s += s -> " + s);
        s = -32768;
        s--;
        System.out.println("s = -32768; s-- -> " + s);
        s = 1000;
        s *= 1000;
        System.out.println("s = 1000; s *= 1000 -> " + s);
        s = -7;
        s /= 2;
        System.out.println("s = -7; s /= 2 -> " + s);
        s |= 0x8000;
        System.out.println("s |= 0x8000 -> " + s);

        char c = 65535;
        c++;
        System.out.println("c = 65535; c++ -> " + (int) c);
        c--;
        System.out.println("c-- -> " + (int) c);
        c = 'A';
        c += 25;
        System.out.println("c = 'A'; c += 25 -> " + c);
        c -= 100;
        System.out.println("c -= 100 -> " + (int) c);

        // Arithmetic on narrow types happens in int.
        byte p = 100, q = 100;
        int wide = p + q;
        byte narrow = (byte) (p + q);
        System.out.println("p+q as int " + wide + ", as byte " + narrow);
        short m = 300;
        System.out.println("m*m as int " + m * m + ", as short " + (short) (m * m));
        char hi = 60000;
        System.out.println("hi+hi as int " + (hi + hi) + ", as char " + (int) (char) (hi + hi) + ", as short " + (short) hi);

        // Narrow array elements: baload sign-extends, caload/saload as their types say.
        byte[] bs = new byte[4];
        short[] ss = new short[4];
        char[] cs = new char[4];
        for (int i = 0; i < 4; i++) {
            bs[i] = (byte) (0x7e + i);
            ss[i] = (short) (0x7ffe + i);
            cs[i] = (char) (0xfffe + i);
        }
        for (int i = 0; i < 4; i++) {
            System.out.println("bs[" + i + "]=" + bs[i] + " ss[" + i + "]=" + ss[i] + " cs[" + i + "]=" + (int) cs[i]);
        }
        bs[0] += 200;
        ss[0] += 70000;
        cs[0] += 5;
        bs[1] >>>= 1;
        System.out.println("after compound: " + bs[0] + " " + ss[0] + " " + (int) cs[0] + " " + bs[1]);

        // byte to char goes through int: sign-extends, then truncates to 16 bits.
        byte neg = -2;
        char fromByte = (char) neg;
        short fromChar = (short) fromByte;
        System.out.println("(char)(byte)-2 = " + (int) fromByte + ", back to short " + fromChar);

        // Loop counters of narrow types wrap.
        int steps = 0;
        for (byte i = 120; i > 0; i++) steps++;
        System.out.println("byte loop from 120 ran " + steps + " times");
    }
}
