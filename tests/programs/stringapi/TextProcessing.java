// Small text algorithms composed from the String/StringBuilder API: palindrome checks with
// reverse and equalsIgnoreCase, a Caesar cipher round trip via toCharArray and new String, word
// wrapping at a width with lastIndexOf, run-length encoding and decoding with Integer.parseInt,
// title case with substring/toUpperCase, and an anagram test on sorted char arrays.
public class TextProcessing {
    static boolean palindrome(String s) {
        StringBuilder letters = new StringBuilder();
        for (char c : s.toCharArray()) if (Character.isLetterOrDigit(c)) letters.append(c);
        String fwd = letters.toString();
        return fwd.equalsIgnoreCase(letters.reverse().toString());
    }

    static String caesar(String s, int k) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 'a' && c <= 'z') cs[i] = (char) ('a' + ((c - 'a' + k) % 26 + 26) % 26);
            else if (c >= 'A' && c <= 'Z') cs[i] = (char) ('A' + ((c - 'A' + k) % 26 + 26) % 26);
        }
        return new String(cs);
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        String rest = text.trim();
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) cut = width;
            out.append(rest.substring(0, cut).trim()).append('\n');
            rest = rest.substring(cut).trim();
        }
        return out.append(rest).toString();
    }

    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String unrle(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (Character.isDigit(s.charAt(j))) j++;
            sb.append(String.valueOf(s.charAt(j)).repeat(Integer.parseInt(s.substring(i, j))));
            i = j + 1;
        }
        return sb.toString();
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        int start = 0;
        while (start <= s.length()) {
            int sp = s.indexOf(' ', start);
            if (sp < 0) sp = s.length();
            String w = s.substring(start, sp);
            if (sb.length() > 0) sb.append(' ');
            if (!w.isEmpty()) sb.append(w.substring(0, 1).toUpperCase()).append(w.substring(1).toLowerCase());
            start = sp + 1;
        }
        return sb.toString();
    }

    static boolean anagrams(String a, String b) {
        char[] x = noSpaces(a).toLowerCase().toCharArray(), y = noSpaces(b).toLowerCase().toCharArray();
        if (x.length != y.length) return false;
        sort(x);
        sort(y);
        return new String(x).equals(new String(y));
    }

    static String noSpaces(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = sb.indexOf(" "); i >= 0; i = sb.indexOf(" ")) sb.deleteCharAt(i);
        return sb.toString();
    }

    static void sort(char[] a) {
        for (int i = 1; i < a.length; i++) { char t = a[i]; int j = i - 1; while (j >= 0 && a[j] > t) { a[j + 1] = a[j]; j--; } a[j + 1] = t; }
    }

    public static void main(String[] args) {
        String[] pals = { "A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "12321", "12 3 1" };
        for (String p : pals) System.out.println("palindrome '" + p + "' " + palindrome(p));
        String secret = caesar("Attack at Dawn, Zebra!", 3);
        System.out.println(secret + " -> " + caesar(secret, -3) + " | rot13 twice " + caesar(caesar("Hello", 13), 13));
        System.out.println(wrap("The quick brown fox jumps over the lazy dog and keeps running far away into the unbelievably-long-horizon", 16));
        String[] rl = { "aaabccddddde", "x", "zzzzzzzzzzzz", "abc" };
        for (String s : rl) {
            String enc = rle(s);
            System.out.println("rle " + s + " -> " + enc + " -> " + unrle(enc) + " ok " + unrle(enc).equals(s));
        }
        System.out.println(titleCase("the  lord OF the rINGS") + "|" + titleCase("x") + "|" + titleCase(""));
        System.out.println("anagrams " + anagrams("Dormitory", "dirty room") + " " + anagrams("listen", "silent") + " " + anagrams("abc", "abd"));
    }
}
