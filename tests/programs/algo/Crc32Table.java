// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) with a 256-entry table built in <clinit>:
// a static int[] field, unsigned shifts and byte masking. The check value of "123456789" is
// 0xCBF43926; printed in hex by a hand-written formatter (no Integer.toHexString on the device).
public class Crc32Table {
    static final int[] TABLE = makeTable();

    static int[] makeTable() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            t[n] = c;
        }
        return t;
    }

    static int update(int crc, byte[] data, int len) {
        int c = ~crc;
        for (int i = 0; i < len; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    static void hex(int v) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            int d = (v >>> shift) & 0xf;
            System.out.print((char) (d < 10 ? '0' + d : 'a' + d - 10));
        }
    }

    static byte[] ascii(char[] cs) {
        byte[] b = new byte[cs.length];
        for (int i = 0; i < cs.length; i++) b[i] = (byte) cs[i];
        return b;
    }

    public static void main(String[] a) {
        for (int i = 0; i < 256; i += 51) {
            System.out.print("table[" + i + "] = ");
            hex(TABLE[i]);
            System.out.println();
        }
        byte[] check = ascii(new char[] { '1', '2', '3', '4', '5', '6', '7', '8', '9' });
        System.out.print("crc32(\"123456789\") = ");
        hex(update(0, check, check.length));
        System.out.println();
        // Incremental updates give the same result as one pass.
        int crc = 0;
        for (int i = 0; i < check.length; i++) {
            byte[] one = { check[i] };
            crc = update(crc, one, 1);
            System.out.print("after " + (i + 1) + " bytes: ");
            hex(crc);
            System.out.println();
        }
        byte[] fox = ascii(new char[] { 'T', 'h', 'e', ' ', 'q', 'u', 'i', 'c', 'k', ' ', 'b', 'r', 'o', 'w', 'n', ' ',
                'f', 'o', 'x', ' ', 'j', 'u', 'm', 'p', 's', ' ', 'o', 'v', 'e', 'r', ' ', 't', 'h', 'e', ' ',
                'l', 'a', 'z', 'y', ' ', 'd', 'o', 'g' });
        System.out.print("crc32(fox) = ");
        hex(update(0, fox, fox.length));
        System.out.println();
        byte[] zeros = new byte[1024];
        System.out.print("crc32(1 KiB of zeros) = ");
        hex(update(0, zeros, zeros.length));
        System.out.println();
        byte[] ramp = new byte[4096];
        for (int i = 0; i < ramp.length; i++) ramp[i] = (byte) (i * 7 + (i >> 8));
        int c = update(0, ramp, ramp.length);
        System.out.print("crc32(4 KiB ramp) = ");
        hex(c);
        System.out.println(" = " + c);
        System.out.print("crc32(empty) = ");
        hex(update(0, ramp, 0));
        System.out.println();
    }
}
