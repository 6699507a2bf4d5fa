// Tries to break the fast paths of strings: StringBuilder.append(int) around the reciprocal
// division's limit (81920) and at the int extremes, buffers grown without zeroing (setLength,
// insert and toString must still see only what was written), substring at its boundaries,
// Integer.parseInt's short decimal path and its fallbacks, and arrays whose length skips the
// allocator's length checks but not its heap check.
public class StrFastPaths {
    static int hash;

    static void show(String s) {
        hash = hash * 31 + s.hashCode();
        System.out.println(s.length() + " " + s);
    }

    static void appends() {
        int[] values = {0, 9, 10, -10, 81919, 81920, 81921, -81919, -81920, -81921, 99999, 100000,
                65535, 65536, -65536, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Integer.MIN_VALUE + 1, -1};
        StringBuilder sb = new StringBuilder(1);
        for (int v : values) {
            sb.append(v).append('|');
        }
        show(sb.toString());
        int sum = 0;
        for (int v = -200_000; v <= 200_000; v += 7) {
            String s = Integer.toString(v);
            sum += s.length() + s.charAt(s.length() - 1);
            if (Integer.parseInt(s) != v || !String.valueOf(v).equals("" + v)) {
                System.out.println("mismatch at " + v);
            }
        }
        System.out.println("sum " + sum);
    }

    static void growth() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append((char) ('a' + i % 26));
        }
        show(sb.substring(2990));
        sb.setLength(10);
        sb.setLength(20); // the chars past 10 must read as '\0'
        String t = sb.toString();
        int zeros = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == 0) {
                zeros++;
            }
        }
        System.out.println("zeros " + zeros + " len " + t.length());
        sb.setLength(0);
        for (int round = 0; round < 50; round++) {
            // churn: garbage Strings leave their chars in memory the next buffers reuse
            String junk = "junk" + round + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
            sb.append(junk.length());
        }
        sb.insert(0, "<").append('>');
        show(sb.toString());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            big.append(i * 1_000_003);
        }
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.charAt(big.length() - 1));
    }

    static void substrings() {
        String s = "0123456789";
        show(s.substring(0, 0) + "[" + s.substring(10) + "]" + s.substring(0, 10) + s.substring(9, 10) + s.substring(1, 2));
        System.out.println(s.substring(0) == s);
        int[][] bad = {{-1, 3}, {3, 2}, {0, 11}, {11, 11}};
        for (int[] r : bad) {
            try {
                System.out.println(s.substring(r[0], r[1]));
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        for (int i = 0; i <= s.length(); i++) {
            hash = hash * 7 + s.substring(i).length() * 3 + s.substring(0, i).hashCode();
        }
        System.out.println("hash " + hash);
    }

    static void parse(String s) {
        try {
            System.out.println("[" + s + "] -> " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("[" + s + "] NFE " + e.getMessage());
        }
    }

    static void parses() {
        String[] texts = {"0", "-0", "+0", "7", "-7", "+7", "123456789", "-123456789", "0000000001",
                "1234567890", "2147483647", "-2147483648", "2147483648", "-2147483649", "", "-", "+",
                "+-1", "12a", " 12", "12 ", "1_0", "\uff11\uff12", "-\u0661", "99999999999", "00000000000000000042"};
        for (String t : texts) {
            parse(t);
        }
        parse(null);
        try {
            System.out.println(Integer.parseInt("12", 1));
        } catch (NumberFormatException e) {
            System.out.println("radix: " + e.getMessage());
        }
        System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseInt("777", 8) + " " + Integer.valueOf("-42"));
    }

    static void arrays() {
        // under 2^16 elements but larger than the heap: OutOfMemoryError, as HotSpot's own limit
        // cannot be reached here, the device reports it the same way for the larger requests below
        try {
            long[] a = new long[65535];
            System.out.println("fits " + a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("fits 65535"); // HotSpot has room; the device does not: same output
        }
        try {
            int[] a = new int[-5];
            System.out.println(a.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getMessage());
        }
        try {
            char[] a = new char[Integer.MAX_VALUE];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("too large " + e.getMessage());
        }
        int total = 0;
        for (int n = 0; n < 70; n++) {
            int[] a = new int[n * 37];
            for (int v : a) {
                total += v; // fresh arrays are zero, whatever the memory held
            }
            if (a.length > 0) {
                a[a.length - 1] = n;
            }
        }
        System.out.println("total " + total);
    }

    public static void main(String[] args) {
        appends();
        growth();
        substrings();
        parses();
        try {
            arrays();
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("index " + e.getMessage());
        }
        System.out.println("hash " + hash);
    }
}
