// Narrow array elements: byte, short, char and boolean arrays with compound assignments that wrap
// (b[i] += 200, s[i] *= 3, c[i]--), increments past the extremes, elements used as indices after
// & 0xff / & 0xffff, tests against zero and negative numbers on the same loaded value, copies
// between element types (byte -> char sign extends, then truncates), and sums over the arrays.
public class Stress2NarrowArrays {
    static int use(int v) {
        return v * 3 + 1;
    }

    public static void main(String[] args) {
        byte[] b = new byte[16];
        short[] s = new short[16];
        char[] c = new char[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) (i * 37 - 200);
            s[i] = (short) (i * 9000 - 70000);
            c[i] = (char) (i * 9000 - 70000);
        }
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 16; i++) {
                b[i] += 200;
                s[i] *= 3;
                c[i]--;
                b[15 - i]++;
                s[i] -= b[i];
                c[i] += s[i];
            }
        }
        int hb = 0, hs = 0, hc = 0;
        for (int i = 0; i < 16; i++) {
            hb = hb * 31 + b[i];
            hs = hs * 31 + s[i];
            hc = hc * 31 + c[i];
            System.out.println(i + ": " + b[i] + " " + s[i] + " " + (int) c[i] + " u" + (b[i] & 0xff) + " u"
                    + (s[i] & 0xffff));
        }
        System.out.println("h " + hb + " " + hs + " " + hc);

        int[] hist = new int[256];
        int zeros = 0, negs = 0, both = 0;
        for (int i = 0; i < 16; i++) {
            int v = b[i];
            hist[v & 0xff]++;
            if (v == 0) zeros++;
            if (v < 0) negs++;
            if (b[i] != 0 && b[i] < -50) both += use(b[i]);
        }
        int nz = 0;
        for (int i = 0; i < 256; i++) if (hist[i] != 0) nz += i;
        System.out.println("hist " + nz + " zeros " + zeros + " negs " + negs + " both " + both);

        byte[] edge = {127, -128, -1, 0, 1};
        short[] sedge = {32767, -32768, -1, 0, 1};
        char[] cedge = {65535, 0, 32768, 32767, 1};
        for (int i = 0; i < 5; i++) {
            edge[i]++;
            sedge[i]++;
            cedge[i]++;
            char fromByte = (char) edge[i];
            short fromChar = (short) cedge[i];
            byte fromShort = (byte) sedge[i];
            System.out.println("edge " + edge[i] + " " + sedge[i] + " " + (int) cedge[i] + " " + (int) fromByte + " "
                    + fromChar + " " + fromByte + " " + (edge[i] == -128) + " " + (cedge[i] == 0));
        }
        for (int i = 0; i < 5; i++) {
            edge[i] -= 2;
            sedge[i] -= 2;
            cedge[i] -= 2;
            System.out.println("down " + edge[i] + " " + sedge[i] + " " + (int) cedge[i]);
        }
        // elements as indices into each other
        byte[] perm = {3, 0, 4, 1, 2};
        int x = 0;
        for (int k = 0; k < 12; k++) {
            x = perm[x];
            System.out.print(x);
        }
        System.out.println();
        char[] word = new char[10];
        for (int i = 0; i < word.length; i++) word[i] = (char) ('a' + (b[i] & 15));
        System.out.println(word);
        boolean[] flags = new boolean[20];
        for (int i = 0; i < 20; i += 3) flags[i] = true;
        for (int i = 19; i >= 0; i -= 4) flags[i] = !flags[i];
        int fl = 0;
        for (int i = 0; i < 20; i++) fl = fl * 2 + (flags[i] ? 1 : 0);
        System.out.println("flags " + fl);
    }
}
