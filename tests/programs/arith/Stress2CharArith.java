// Char arithmetic: increments that wrap at 65535 and 0, chars compared with negative ints and with
// values above 65535 (never equal), char used as an array index and as a loop variable, chars
// converted to and from byte and short, Character classification and case mapping over Latin-1,
// and a Caesar shift over a char[] whose result is printed.
public class Stress2CharArith {
    public static void main(String[] args) {
        char c = 65533;
        for (int i = 0; i < 6; i++) {
            c++;
            System.out.print((int) c + (c > 65534 ? "!" : "") + (c == 0 ? "z" : "") + " ");
        }
        System.out.println();
        c = 2;
        for (int i = 0; i < 5; i++) {
            c -= 1;
            System.out.print((int) c + " " + (c < 0) + " " + (c == -1) + " " + (c == 65535) + "; ");
        }
        System.out.println();
        int[] counts = new int[128];
        String text = "The quick brown fox jumps over the lazy dog 0123456789 !?";
        for (int i = 0; i < text.length(); i++) counts[text.charAt(i) & 127]++;
        int letters = 0;
        for (char ch = 'a'; ch <= 'z'; ch++) if (counts[ch] > 0) letters++;
        System.out.println("letters " + letters + " o " + counts['o'] + " space " + counts[' ']);
        char[] buf = new char[text.length()];
        for (int i = 0; i < buf.length; i++) {
            char ch = text.charAt(i);
            if (Character.isUpperCase(ch)) ch = (char) ('A' + (ch - 'A' + 13) % 26);
            else if (Character.isLowerCase(ch)) ch = (char) ('a' + (ch - 'a' + 13) % 26);
            else if (Character.isDigit(ch)) ch = (char) ('9' - (ch - '0'));
            buf[i] = ch;
        }
        System.out.println(buf);
        int cls = 0;
        for (char ch = 0; ch < 256; ch++) {
            cls = cls * 3 + (Character.isLetter(ch) ? 1 : 0) + (Character.isWhitespace(ch) ? 2 : 0)
                    + (Character.isLetterOrDigit(ch) ? 4 : 0);
            char up = Character.toUpperCase(ch);
            char lo = Character.toLowerCase(ch);
            cls ^= up * 7 + lo;
        }
        System.out.println("cls " + cls);
        byte b = (byte) 'é';
        short s = (short) '\uffff';
        char fromB = (char) b;
        char fromS = (char) s;
        System.out.println("conv " + b + " " + s + " " + (int) fromB + " " + (int) fromS + " " + (char) (b & 0xff));
        char x = 'A';
        x += 'A';
        x *= 700;
        x >>= 3;
        System.out.println("ops " + (int) x + " " + (char) ('a' + 25) + ('a' + 25) + " " + (int) (char) -1);
        int sum = 0;
        for (char i = 65500; i != 20; i++) sum += i;
        System.out.println("wrap loop " + sum);
    }
}
