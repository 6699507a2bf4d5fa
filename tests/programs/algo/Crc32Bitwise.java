// CRC-32 computed bit by bit without a table (the reflected form, and the MSB-first CRC-32/MPEG-2
// variant that the RP2040 boot2 checksum uses), cross-checked against each other's known values.
// Exercises data-dependent branches, the branch-free mask form -(crc & 1), and unsigned shifts.
public class Crc32Bitwise {
    static int crc32(byte[] data, int len) {
        int crc = 0xffffffff;
        for (int i = 0; i < len; i++) {
            crc ^= data[i] & 0xff;
            for (int k = 0; k < 8; k++) {
                int mask = -(crc & 1);
                crc = (crc >>> 1) ^ (0xEDB88320 & mask);
            }
        }
        return ~crc;
    }

    static int crc32Branchy(byte[] data, int len) {
        int crc = -1;
        for (int i = 0; i < len; i++) {
            crc ^= data[i] & 0xff;
            for (int k = 0; k < 8; k++) {
                if ((crc & 1) != 0) crc = (crc >>> 1) ^ 0xEDB88320;
                else crc >>>= 1;
            }
        }
        return crc ^ -1;
    }

    static int crc32Mpeg2(byte[] data, int len) {
        int crc = 0xffffffff;
        for (int i = 0; i < len; i++) {
            crc ^= (data[i] & 0xff) << 24;
            for (int k = 0; k < 8; k++) {
                crc = crc < 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }

    static String hex(int v) {
        String s = "";
        for (int shift = 28; shift >= 0; shift -= 4) {
            int d = (v >>> shift) & 0xf;
            s += (char) (d < 10 ? '0' + d : 'a' + d - 10);
        }
        return s;
    }

    public static void main(String[] a) {
        byte[] check = { '1', '2', '3', '4', '5', '6', '7', '8', '9' };
        System.out.println("crc32       = " + hex(crc32(check, 9)) + " (expect cbf43926)");
        System.out.println("crc32 (if)  = " + hex(crc32Branchy(check, 9)));
        System.out.println("crc32/mpeg2 = " + hex(crc32Mpeg2(check, 9)) + " (expect 0376e6e7)");
        for (int len = 0; len <= 9; len += 3) {
            System.out.println("prefix " + len + ": " + hex(crc32(check, len)) + " " + hex(crc32Mpeg2(check, len)));
        }
        byte[] data = new byte[300];
        int x = 1;
        for (int i = 0; i < data.length; i++) {
            x = x * 75 % 65537;
            data[i] = (byte) x;
        }
        int p = crc32(data, data.length), q = crc32Branchy(data, data.length);
        System.out.println("300 bytes: " + hex(p) + " " + hex(q) + " agree " + (p == q) + " mpeg2 " + hex(crc32Mpeg2(data, data.length)));
        // Appending the little-endian CRC gives the fixed residue of CRC-32 (0x2144DF1C after ~).
        byte[] framed = new byte[13];
        for (int i = 0; i < 9; i++) framed[i] = check[i];
        int c = crc32(check, 9);
        for (int i = 0; i < 4; i++) framed[9 + i] = (byte) (c >>> (8 * i));
        System.out.println("residue " + hex(crc32(framed, 13)));
    }
}
