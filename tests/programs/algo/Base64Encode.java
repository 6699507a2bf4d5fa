// Base64 (RFC 4648) encoding into a char[] and decoding back into a byte[] with a 128-entry reverse
// table built at class initialisation: 3-byte groups packed into 24 bits, padding with '=',
// the RFC's test vectors, and a round trip over binary data with every byte value.
public class Base64Encode {
    static final char[] ALPHABET = {
        'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P',
        'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'a', 'b', 'c', 'd', 'e', 'f',
        'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v',
        'w', 'x', 'y', 'z', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '/' };
    static final byte[] REVERSE = new byte[128];

    static {
        for (int i = 0; i < REVERSE.length; i++) REVERSE[i] = -1;
        for (int i = 0; i < ALPHABET.length; i++) REVERSE[ALPHABET[i]] = (byte) i;
    }

    static char[] encode(byte[] in, int len) {
        char[] out = new char[(len + 2) / 3 * 4];
        int o = 0;
        for (int i = 0; i < len; i += 3) {
            int b0 = in[i] & 0xff;
            int b1 = i + 1 < len ? in[i + 1] & 0xff : 0;
            int b2 = i + 2 < len ? in[i + 2] & 0xff : 0;
            int group = b0 << 16 | b1 << 8 | b2;
            out[o++] = ALPHABET[group >>> 18];
            out[o++] = ALPHABET[(group >>> 12) & 63];
            out[o++] = i + 1 < len ? ALPHABET[(group >>> 6) & 63] : '=';
            out[o++] = i + 2 < len ? ALPHABET[group & 63] : '=';
        }
        return out;
    }

    static byte[] decode(char[] in) {
        int pad = 0;
        if (in.length > 0 && in[in.length - 1] == '=') pad++;
        if (in.length > 1 && in[in.length - 2] == '=') pad++;
        byte[] out = new byte[in.length / 4 * 3 - pad];
        int o = 0;
        for (int i = 0; i < in.length; i += 4) {
            int group = 0;
            for (int k = 0; k < 4; k++) {
                char c = in[i + k];
                group = group << 6 | (c == '=' ? 0 : REVERSE[c]);
            }
            for (int k = 2; k >= 0 && o < out.length; k--) {
                if (o < out.length) out[o++] = (byte) (group >>> (8 * k));
            }
        }
        return out;
    }

    static void print(char[] cs) {
        for (char c : cs) System.out.print(c);
        System.out.println();
    }

    public static void main(String[] a) {
        byte[] foobar = { 'f', 'o', 'o', 'b', 'a', 'r' };
        for (int len = 0; len <= foobar.length; len++) {
            System.out.print("base64(\"");
            for (int i = 0; i < len; i++) System.out.print((char) foobar[i]);
            System.out.print("\") = ");
            print(encode(foobar, len));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        char[] enc = encode(all, all.length);
        System.out.println("256 bytes -> " + enc.length + " chars");
        for (int line = 0; line < enc.length; line += 76) {
            for (int i = line; i < Math.min(line + 76, enc.length); i++) System.out.print(enc[i]);
            System.out.println();
        }
        byte[] back = decode(enc);
        boolean same = back.length == all.length;
        for (int i = 0; same && i < back.length; i++) same = back[i] == all[i];
        System.out.println("round trip " + same + " (" + back.length + " bytes)");
        char[] msg = { 'S', 'G', 'V', 's', 'b', 'G', '8', 'g', 'c', 'G', 'l', 'j', 'b', 'w', '=', '=' };
        byte[] dec = decode(msg);
        System.out.print("decoded: ");
        for (byte b : dec) System.out.print((char) b);
        System.out.println();
        System.out.println("REVERSE['a'] = " + REVERSE['a'] + ", REVERSE['/'] = " + REVERSE['/'] + ", REVERSE['*'] = " + REVERSE['*']);
    }
}
