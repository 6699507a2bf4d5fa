// Narrow integer types through every path that must truncate or extend: compound assignments on
// byte, short and char locals in loops (i2b/i2s/i2c after each step), static fields of narrow types
// (stores truncate, loads sign- or zero-extend), methods taking and returning narrow types,
// narrow array elements used as indices and loop bounds, and char arithmetic that wraps at 65535.
public class StressNarrow {
    static byte sb = 100;
    static short ss = 30000;
    static char sc = 65530;
    static boolean sz;

    static byte toByte(int x) {
        return (byte) x;
    }

    static char nextChar(char c) {
        c++;
        return c;
    }

    static short half(short s) {
        return (short) (s >> 1);
    }

    static int widen(byte b, short s, char c, boolean z) {
        return b * 1000000 + s * 10 + c + (z ? 7 : 0);
    }

    public static void main(String[] args) {
        byte b = 0;
        short s = 0;
        char c = 0;
        int trace = 0;
        for (int i = 0; i < 300; i++) {
            b += 7;
            s += 3001;
            c -= 1000;
            trace = trace * 31 + b + s + c;
            if (i % 50 == 0) System.out.println("i " + i + " b " + b + " s " + s + " c " + (int) c);
        }
        System.out.println("trace " + trace);
        for (int i = 0; i < 6; i++) {
            sb += 50;
            ss += 1000;
            sc++;
            sz = !sz;
            System.out.println("statics " + sb + " " + ss + " " + (int) sc + " " + sz);
        }
        byte sh = -128;
        sh >>>= 1;
        short ssh = -2;
        ssh >>>= 3;
        char csh = 0xffff;
        csh >>= 4;
        byte neg = (byte) 0x80;
        neg = (byte) -neg;
        System.out.println("shifts " + sh + " " + ssh + " " + (int) csh + " " + neg);
        System.out.println("calls " + toByte(200) + " " + toByte(-129) + " " + (int) nextChar((char) 65535) + " "
                + half((short) -7) + " " + widen((byte) -1, (short) -2, (char) 3, true) + " " + widen(toByte(0x17f), half((short) 0x7fff), nextChar('a'), false));
        byte[] idx = {3, -1, 0, 2};
        int[] vals = {10, 20, 30, 40};
        int t = 0;
        for (int i = 0; i < idx.length; i++) {
            int k = idx[i] & 3;
            t = t * 10 + vals[k];
        }
        System.out.println("byte indices " + t);
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        for (int i = 0; i < word.length; i++) word[i] -= 32;
        for (int i = word.length - 1; i >= 0; i--) System.out.print(word[i]);
        System.out.println();
        short[] lim = {2, 3, 0, 4};
        int u = 0;
        for (int i = 0; i < lim.length; i++) {
            for (int j = 0; j < lim[i]; j++) u += i * j + lim[j & 3];
        }
        System.out.println("short bounds " + u);
        char ch = 'A';
        int letters = 0;
        while (ch <= 'Z') {
            letters += ch;
            ch += 3;
        }
        System.out.println("letters " + letters + " " + ch);
        int big = 0x12345678;
        System.out.println("casts " + (byte) big + " " + (short) big + " " + (int) (char) big + " " + (byte) (big >> 8)
                + " " + (short) (big >>> 4) + " " + (int) (char) -1 + " " + (byte) (char) -129);
    }
}
