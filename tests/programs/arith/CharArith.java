// char values: arithmetic yields int, casts back give chars, println(char) prints the character
// (UTF-8 on the device) while println(int) prints the number; case mapping and digit parsing by hand.
public class CharArith {
    static char upper(char c) {
        if (c >= 'a' && c <= 'z') return (char) (c - 'a' + 'A');
        return c;
    }

    static char rot13(char c) {
        if (c >= 'a' && c <= 'z') return (char) ('a' + (c - 'a' + 13) % 26);
        if (c >= 'A' && c <= 'Z') return (char) ('A' + (c - 'A' + 13) % 26);
        return c;
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    public static void main(String[] a) {
        char c = 'A';
        System.out.println(c);
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println(c + c);
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        ++c;
        System.out.println(c);
        System.out.println('a' - 'A');
        System.out.println('z' > 'a');

        for (char x = 'a'; x <= 'z'; x += 5) {
            System.out.print(x);
            System.out.print(upper(x));
            System.out.print(rot13(x));
            System.out.print(' ');
        }
        System.out.println();

        char[] word = { 'H', 'e', 'l', 'l', 'o', ',', ' ', 'W', 'o', 'r', 'l', 'd' };
        for (int i = 0; i < word.length; i++) System.out.print(rot13(word[i]));
        System.out.println();
        for (int i = 0; i < word.length; i++) System.out.print(rot13(rot13(word[i])));
        System.out.println();

        char[] hex = { '7', 'f', 'F', 'a', '0', '9', 'G', 'c' };
        int value = 0;
        for (int i = 0; i < hex.length; i++) {
            int d = digit(hex[i]);
            System.out.println(hex[i] + " -> " + d);
            if (d >= 0) value = value * 16 + d;
        }
        System.out.println("value = " + value);

        // Non-ASCII chars print as UTF-8 on both sides.
        char e = 'é';
        char euro = '€';
        char greek = 'Ω';
        System.out.println(e);
        System.out.println(euro);
        System.out.println(greek);
        System.out.println((int) e + " " + (int) euro + " " + (int) greek);
        System.out.println((char) (e + 1));
        System.out.println("" + e + euro + greek);

        // Char as array index and switch key.
        int[] counts = new int[128];
        char[] text = { 't', 'h', 'e', ' ', 'q', 'u', 'i', 'c', 'k', ' ', 'b', 'r', 'o', 'w', 'n', ' ', 'f', 'o', 'x' };
        for (int i = 0; i < text.length; i++) counts[text[i]]++;
        for (char x = ' '; x < 128; x++) {
            if (counts[x] > 0) System.out.print(x + "=" + counts[x] + " ");
        }
        System.out.println();
        int vowels = 0;
        for (int i = 0; i < text.length; i++) {
            switch (text[i]) {
                case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break;
                default: break;
            }
        }
        System.out.println("vowels " + vowels);

        // Char compared with int constants beyond its range.
        char top = '\uffff';
        System.out.println(top > 0);
        System.out.println(top == 65535);
        System.out.println((short) top);
    }
}
