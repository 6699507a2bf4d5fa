// String concatenation with every operand kind next to each other: char values from arithmetic
// (char + 1 is an int, (char) (c + 1) a char), byte and short operands (sign), negative ints and the
// extremes, booleans from comparisons, String array elements that are null, results of concatenation
// fed into more concatenation, a concatenation with 40 pieces, and strings read back with charAt.
public class Stress2ConcatMix {
    static String[] names = {"alpha", null, "", "\u00e9t\u00e9", "z"};

    static String piece(int k) {
        return k < 0 ? null : "p" + k;
    }

    public static void main(String[] args) {
        char c = 'x';
        byte b = (byte) 200;
        short s = (short) 40000;
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        System.out.println("chars " + c + (c + 1) + (char) (c + 1) + 'a' + 'b' + ('a' + 'b') + (char) 65 + (char) 0x263A);
        System.out.println('a' + 'b' + "mid" + 'a' + 'b');
        System.out.println(1 + 2 + "x" + 1 + 2 + (1 + 2));
        System.out.println("narrow " + b + " " + s + " " + (byte) -1 + " " + (short) -32768 + " " + (char) 97);
        System.out.println("ints " + min + " " + max + " " + (min - 1) + " " + -min + " " + (max + 1) + " " + -0 + " " + -7);
        System.out.println("bools " + (min < max) + " " + (c == 'y') + " " + !(b < 0) + true + false);
        String acc = "";
        for (int i = 0; i < names.length; i++) {
            acc = acc + "[" + names[i] + "]" + i;
        }
        System.out.println(acc + " len " + acc.length());
        String nested = "<" + ("(" + piece(1) + piece(-1) + ")") + ("" + piece(2)) + ">";
        System.out.println(nested + " " + nested.length() + " " + nested.charAt(3) + nested.charAt(nested.length() - 1));
        int v0 = 0, v1 = -1, v2 = 2, v3 = -3, v4 = 4, v5 = -5, v6 = 6, v7 = -7, v8 = 8, v9 = -9;
        String big = v0 + "," + v1 + "," + v2 + "," + v3 + "," + v4 + "," + v5 + "," + v6 + "," + v7 + "," + v8 + "," + v9
                + ";" + (char) ('0' + v2) + (v3 < v4) + names[0] + names[1] + c + b + s + min + max + ";" + v9 + v8 + v7
                + v6 + v5 + v4 + v3 + v2 + v1 + v0;
        System.out.println(big);
        System.out.println(big.length() + " " + big.charAt(0) + big.charAt(big.length() - 1));
        String empty = "";
        System.out.println(empty + empty + "|" + empty.isEmpty() + names[2].isEmpty() + "|" + empty.length());
        char[] letters = new char[26];
        for (int i = 0; i < 26; i++) letters[i] = (char) ('Z' - i);
        System.out.println(letters);
        System.out.print(letters);
        System.out.println();
        String u = "\u00e9t\u00e9 \u20ac \uD83D\uDE00";
        System.out.println(u + " " + u.length() + " " + (int) u.charAt(0) + " " + (int) u.charAt(u.length() - 1));
        String num = "";
        for (int i = -3; i <= 3; i++) num += i * 1000000007;
        System.out.println(num);
    }
}
