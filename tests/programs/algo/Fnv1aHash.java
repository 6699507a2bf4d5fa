// FNV-1a 32-bit (offset basis 0x811C9DC5, prime 16777619): xor then multiply, relying on int
// multiplication wrapping modulo 2^32. Hashes strings given as char arrays (UTF-16 units split into
// two bytes, little-endian) and as byte arrays, and uses the hash for a small open-addressing table.
public class Fnv1aHash {
    static int fnvBytes(byte[] d) {
        int h = 0x811C9DC5;
        for (int i = 0; i < d.length; i++) {
            h ^= d[i] & 0xff;
            h *= 16777619;
        }
        return h;
    }

    static int fnvChars(char[] d) {
        int h = 0x811C9DC5;
        for (int i = 0; i < d.length; i++) {
            h = (h ^ (d[i] & 0xff)) * 16777619;
            h = (h ^ (d[i] >>> 8)) * 16777619;
        }
        return h;
    }

    static String hex(int v) {
        String s = "";
        for (int i = 7; i >= 0; i--) {
            int d = (v >>> (i * 4)) & 15;
            s = s + (char) (d + (d < 10 ? '0' : 'W'));
        }
        return s;
    }

    public static void main(String[] a) {
        System.out.println("fnv1a(\"\") = " + hex(fnvBytes(new byte[0])) + " (expect 811c9dc5)");
        System.out.println("fnv1a(\"a\") = " + hex(fnvBytes(new byte[] { 'a' })) + " (expect e40c292c)");
        System.out.println("fnv1a(\"foobar\") = " + hex(fnvBytes(new byte[] { 'f', 'o', 'o', 'b', 'a', 'r' })) + " (expect bf9cf968)");
        char[][] words = { { 'a', 'p', 'p', 'l', 'e' }, { 'b', 'a', 'n', 'a', 'n', 'a' }, { 'c', 'h', 'e', 'r', 'r', 'y' },
                { 'd', 'a', 't', 'e' }, { 'e', 'l', 'd', 'e', 'r' }, { 'f', 'i', 'g' }, { 'g', 'r', 'a', 'p', 'e' },
                { 'c', 'a', 'f', 'é' }, { '€', '1' } };
        int[] table = new int[16];
        for (int i = 0; i < table.length; i++) table[i] = -1;
        for (int w = 0; w < words.length; w++) {
            int h = fnvChars(words[w]);
            int slot = h & 15;
            int probes = 1;
            while (table[slot] != -1) {
                slot = (slot + 1) & 15;
                probes++;
            }
            table[slot] = w;
            System.out.print("word " + w + " ");
            for (char c : words[w]) System.out.print(c);
            System.out.println(" hash " + hex(h) + " slot " + slot + " probes " + probes);
        }
        for (int i = 0; i < table.length; i++) System.out.print(table[i] + " ");
        System.out.println();
        // Avalanche: flipping one input bit changes about half of the output bits.
        byte[] msg = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int base = fnvBytes(msg);
        for (int bit = 0; bit < 64; bit += 9) {
            msg[bit / 8] ^= (byte) (1 << (bit % 8));
            int diff = base ^ fnvBytes(msg);
            msg[bit / 8] ^= (byte) (1 << (bit % 8));
            int count = 0;
            while (diff != 0) {
                diff &= diff - 1;
                count++;
            }
            System.out.println("flip bit " + bit + ": " + count + " output bits change");
        }
    }
}
