// String query methods on literals and on computed strings: length, charAt, isEmpty, equals vs ==,
// equalsIgnoreCase, compareTo (difference of the first differing chars, or of the lengths),
// indexOf/lastIndexOf of chars and strings with from-indices (negative and past the end are
// allowed there), contains, startsWith (with offset), endsWith, substring forms, and hashCode.
public class StringQueries {
    public static void main(String[] args) {
        String s = "the quick brown fox jumps over the lazy dog";
        String built = new StringBuilder("the ").append("quick").toString();
        System.out.println("length " + s.length() + " charAt " + s.charAt(0) + s.charAt(4) + s.charAt(s.length() - 1) + " empty " + s.isEmpty() + " " + "".isEmpty());
        System.out.println("equals " + built.equals("the quick") + " == " + (built == "the quick") + " startsWith " + s.startsWith(built));
        System.out.println("indexOf: " + s.indexOf('o') + " " + s.indexOf('o', 13) + " " + s.indexOf('o', -5) + " " + s.indexOf('o', 99) + " " + s.indexOf('Z')
                + " " + s.indexOf("the") + " " + s.indexOf("the", 1) + " " + s.indexOf("") + " " + s.indexOf("", 50) + " " + s.indexOf("dogs"));
        System.out.println("lastIndexOf: " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 40) + " " + s.lastIndexOf('o', -1) + " " + s.lastIndexOf("the")
                + " " + s.lastIndexOf("the", 30) + " " + s.lastIndexOf("") + " " + s.lastIndexOf('t', 1000));
        System.out.println("contains " + s.contains("fox j") + " " + s.contains("") + " " + s.contains("Fox")
                + " startsWith " + s.startsWith("quick", 4) + " " + s.startsWith("quick", -1) + " " + s.startsWith("")
                + " endsWith " + s.endsWith("dog") + " " + s.endsWith("") + " " + s.endsWith("Dog"));
        System.out.println("substring [" + s.substring(4, 9) + "] [" + s.substring(40) + "] [" + s.substring(43) + "] [" + s.substring(0, 0) + "] same " + (s.substring(0) == s));

        String[] words = { "apple", "Apple", "APPLE", "apples", "app", "banana", "", "apple\u00e9", "b" };
        for (String a : words) {
            StringBuilder line = new StringBuilder(a.isEmpty() ? "<empty>" : a).append(':');
            for (String b : words) line.append(' ').append(a.compareTo(b));
            System.out.println(line);
        }
        String ic = "";
        for (String b : words) ic += words[0].equalsIgnoreCase(b) ? "T" : "f";
        System.out.println("equalsIgnoreCase apple: " + ic + " null " + "x".equalsIgnoreCase(null) + " equals(null) " + "x".equals(null));
        String hashes = "";
        for (String w : words) hashes += w.hashCode() + " ";
        System.out.println("hashes " + hashes);
        System.out.println("collisions " + "Aa".hashCode() + "=" + "BB".hashCode() + " " + "AaAa".hashCode() + "=" + "BBBB".hashCode() + "=" + "AaBB".hashCode()
                + " long " + s.hashCode() + " non-ascii " + "\u20ac\ud83d\ude00".hashCode() + " len " + "\u20ac\ud83d\ude00".length());

        int vowels = 0, spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiou".indexOf(c) >= 0) vowels++;
            if (c == ' ') spaces++;
        }
        int from = 0, count = 0;
        while ((from = s.indexOf("o", from) + 1) > 0) count++;
        System.out.println("vowels " + vowels + " spaces " + spaces + " o's " + count);
    }
}
