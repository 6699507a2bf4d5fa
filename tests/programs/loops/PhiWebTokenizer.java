// Attacks Simplify's redundant-phi-web rule (Simplify.phi/onlySource) with large webs.
// tokenize: a tokenizer written as an outer while (true) with nested while (true) scanners
// (numbers, words, spaces, comments), each with several continue and labeled continue/break edges,
// so a variable the loops rarely change reaches the outer header through many phis. The counts
// array is replaced only by the rare token '#', the mode only by '@', a long hash and a double
// value change in one scanner each, and a char buffer may be null when no word ever needs it.
// deep (generated): an outer while (true) around 36 inner while (true) loops, each opened by a
// test whose jump is a back edge, so the array, bound and scale no loop changes reach the outer
// header through one web of more than 64 phis (onlySource gives up past 64 and the web must
// collapse piece by piece in later rounds); the outer loop replaces the array at one round (never,
// once, or with null) so the web must not collapse there. A wrong collapse shows in the printed
// tokens and sums, a moved check in the iteration an exception comes at.
public class PhiWebTokenizer {
    static String tokenize(char[] s, int[] counts, int[] alt, char[] wordBuf) {
        StringBuilder out = new StringBuilder();
        int p = 0, mode = 0, tokens = 0;
        long hash = 7;
        double num = 0;
        outer:
        while (true) {
            if (p < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (p >= s.length) break;
            char c = s[p];
            if (c == ' ' || c == '\n') {
                // spaces: an inner loop that continues the outer one when done
                while (true) {
                    if (p < 0) continue; // never taken: a test whose jump is a back edge (webs)
                    p++;
                    if (p >= s.length) break outer;
                    char d = s[p];
                    if (d == ' ') continue;
                    if (d == '\n') {
                        counts[0]++;
                        continue;
                    }
                    continue outer;
                }
            }
            if (c >= '0' && c <= '9') {
                int v = 0;
                int digits = 0;
                while (true) {
                    if (p < 0) continue; // never taken: a test whose jump is a back edge (webs)
                    if (p >= s.length) break;
                    char d = s[p];
                    if (d == '_') {
                        p++;
                        continue;
                    }
                    if (d < '0' || d > '9') break;
                    v = v * 10 + (d - '0');
                    digits++;
                    p++;
                }
                if (p < s.length && s[p] == '.') {
                    p++;
                    double frac = 0.1;
                    num = v;
                    while (true) {
                        if (p < 0) continue; // never taken: a test whose jump is a back edge (webs)
                        if (p >= s.length) break;
                        char d = s[p];
                        if (d < '0' || d > '9') break;
                        num += frac * (d - '0');
                        frac /= 10;
                        p++;
                    }
                    out.append("F(").append(num).append(')');
                    counts[1]++;
                    tokens++;
                    continue;
                }
                out.append("N(").append(v).append(',').append(digits).append(')');
                counts[1]++;
                tokens++;
                continue;
            }
            if (c == '/' && p + 1 < s.length && s[p + 1] == '/') {
                // comment to end of line: the mode and counts are untouched
                while (true) {
                    p++;
                    if (p >= s.length) break outer;
                    if (s[p] == '\n') continue outer;
                }
            }
            if (Character.isLetter(c)) {
                int len = 0;
                while (true) {
                    if (p < 0) continue; // never taken: a test whose jump is a back edge (webs)
                    if (p >= s.length) break;
                    char d = s[p];
                    if (!Character.isLetterOrDigit(d)) break;
                    if (mode == 1) d = Character.toUpperCase(d);
                    wordBuf[len++] = d;
                    hash = hash * 31 + d;
                    p++;
                }
                out.append("W(").append(new String(wordBuf, 0, len)).append(')');
                counts[2]++;
                tokens++;
                continue;
            }
            if (c == '#') {
                counts = alt;
                out.append("#");
                p++;
                continue;
            }
            if (c == '@') {
                mode = 1 - mode;
                p++;
                continue;
            }
            if (c == '!') {
                out.append("!");
                break;
            }
            out.append("S(").append(c).append(')');
            counts[3]++;
            tokens++;
            p++;
        }
        return out + " | p=" + p + " mode=" + mode + " tokens=" + tokens + " hash=" + hash + " num=" + num
                + " counts=" + counts[0] + "," + counts[1] + "," + counts[2] + "," + counts[3];
    }

    static long deep(int[] arr, int[] other, int lim, int scale, int rounds, int swapAt) {
        long acc = 0;
        int r = 0;
        while (true) {
            if (r < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (r >= rounds) break;
            if (r == swapAt) {
                arr = other;
                System.out.println("  swapped at round " + r);
            }
            int k0 = 0;
            while (true) {
                if (k0 < 0) continue;
                if (k0 >= lim) break;
                acc = acc * 3 + arr[(k0 + 0) % arr.length] * scale + 0;
                k0++;
            }
            int k1 = 0;
            while (true) {
                if (k1 < 0) continue;
                if (k1 >= lim) break;
                acc = acc * 5 + arr[(k1 + 1) % arr.length] * scale + 1;
                k1++;
            }
            int k2 = 0;
            while (true) {
                if (k2 < 0) continue;
                if (k2 >= lim) break;
                acc = acc * 7 + arr[(k2 + 2) % arr.length] * scale + 2;
                k2++;
            }
            int k3 = 0;
            while (true) {
                if (k3 < 0) continue;
                if (k3 >= lim) break;
                acc = acc * 9 + arr[(k3 + 3) % arr.length] * scale + 3;
                k3++;
            }
            int k4 = 0;
            while (true) {
                if (k4 < 0) continue;
                if (k4 >= lim) break;
                acc = acc * 11 + arr[(k4 + 4) % arr.length] * scale + 4;
                k4++;
            }
            int k5 = 0;
            while (true) {
                if (k5 < 0) continue;
                if (k5 >= lim) break;
                acc = acc * 3 + arr[(k5 + 5) % arr.length] * scale + 5;
                k5++;
            }
            int k6 = 0;
            while (true) {
                if (k6 < 0) continue;
                if (k6 >= lim) break;
                acc = acc * 5 + arr[(k6 + 6) % arr.length] * scale + 6;
                k6++;
            }
            int k7 = 0;
            while (true) {
                if (k7 < 0) continue;
                if (k7 >= lim) break;
                acc = acc * 7 + arr[(k7 + 7) % arr.length] * scale + 7;
                k7++;
            }
            int k8 = 0;
            while (true) {
                if (k8 < 0) continue;
                if (k8 >= lim) break;
                acc = acc * 9 + arr[(k8 + 8) % arr.length] * scale + 8;
                k8++;
            }
            int k9 = 0;
            while (true) {
                if (k9 < 0) continue;
                if (k9 >= lim) break;
                acc = acc * 11 + arr[(k9 + 9) % arr.length] * scale + 9;
                k9++;
            }
            int k10 = 0;
            while (true) {
                if (k10 < 0) continue;
                if (k10 >= lim) break;
                acc = acc * 3 + arr[(k10 + 10) % arr.length] * scale + 10;
                k10++;
            }
            int k11 = 0;
            while (true) {
                if (k11 < 0) continue;
                if (k11 >= lim) break;
                acc = acc * 5 + arr[(k11 + 11) % arr.length] * scale + 11;
                k11++;
            }
            System.out.println("  round " + r + " after loop 11: acc=" + acc);
            int k12 = 0;
            while (true) {
                if (k12 < 0) continue;
                if (k12 >= lim) break;
                acc = acc * 7 + arr[(k12 + 12) % arr.length] * scale + 12;
                k12++;
            }
            int k13 = 0;
            while (true) {
                if (k13 < 0) continue;
                if (k13 >= lim) break;
                acc = acc * 9 + arr[(k13 + 13) % arr.length] * scale + 13;
                k13++;
            }
            int k14 = 0;
            while (true) {
                if (k14 < 0) continue;
                if (k14 >= lim) break;
                acc = acc * 11 + arr[(k14 + 14) % arr.length] * scale + 14;
                k14++;
            }
            int k15 = 0;
            while (true) {
                if (k15 < 0) continue;
                if (k15 >= lim) break;
                acc = acc * 3 + arr[(k15 + 15) % arr.length] * scale + 15;
                k15++;
            }
            int k16 = 0;
            while (true) {
                if (k16 < 0) continue;
                if (k16 >= lim) break;
                acc = acc * 5 + arr[(k16 + 16) % arr.length] * scale + 16;
                k16++;
            }
            int k17 = 0;
            while (true) {
                if (k17 < 0) continue;
                if (k17 >= lim) break;
                acc = acc * 7 + arr[(k17 + 17) % arr.length] * scale + 17;
                k17++;
            }
            int k18 = 0;
            while (true) {
                if (k18 < 0) continue;
                if (k18 >= lim) break;
                acc = acc * 9 + arr[(k18 + 18) % arr.length] * scale + 18;
                k18++;
            }
            int k19 = 0;
            while (true) {
                if (k19 < 0) continue;
                if (k19 >= lim) break;
                acc = acc * 11 + arr[(k19 + 19) % arr.length] * scale + 19;
                k19++;
            }
            int k20 = 0;
            while (true) {
                if (k20 < 0) continue;
                if (k20 >= lim) break;
                acc = acc * 3 + arr[(k20 + 20) % arr.length] * scale + 20;
                k20++;
            }
            int k21 = 0;
            while (true) {
                if (k21 < 0) continue;
                if (k21 >= lim) break;
                acc = acc * 5 + arr[(k21 + 21) % arr.length] * scale + 21;
                k21++;
            }
            int k22 = 0;
            while (true) {
                if (k22 < 0) continue;
                if (k22 >= lim) break;
                acc = acc * 7 + arr[(k22 + 22) % arr.length] * scale + 22;
                k22++;
            }
            int k23 = 0;
            while (true) {
                if (k23 < 0) continue;
                if (k23 >= lim) break;
                acc = acc * 9 + arr[(k23 + 23) % arr.length] * scale + 23;
                k23++;
            }
            System.out.println("  round " + r + " after loop 23: acc=" + acc);
            int k24 = 0;
            while (true) {
                if (k24 < 0) continue;
                if (k24 >= lim) break;
                acc = acc * 11 + arr[(k24 + 24) % arr.length] * scale + 24;
                k24++;
            }
            int k25 = 0;
            while (true) {
                if (k25 < 0) continue;
                if (k25 >= lim) break;
                acc = acc * 3 + arr[(k25 + 25) % arr.length] * scale + 25;
                k25++;
            }
            int k26 = 0;
            while (true) {
                if (k26 < 0) continue;
                if (k26 >= lim) break;
                acc = acc * 5 + arr[(k26 + 26) % arr.length] * scale + 26;
                k26++;
            }
            int k27 = 0;
            while (true) {
                if (k27 < 0) continue;
                if (k27 >= lim) break;
                acc = acc * 7 + arr[(k27 + 27) % arr.length] * scale + 27;
                k27++;
            }
            int k28 = 0;
            while (true) {
                if (k28 < 0) continue;
                if (k28 >= lim) break;
                acc = acc * 9 + arr[(k28 + 28) % arr.length] * scale + 28;
                k28++;
            }
            int k29 = 0;
            while (true) {
                if (k29 < 0) continue;
                if (k29 >= lim) break;
                acc = acc * 11 + arr[(k29 + 29) % arr.length] * scale + 29;
                k29++;
            }
            int k30 = 0;
            while (true) {
                if (k30 < 0) continue;
                if (k30 >= lim) break;
                acc = acc * 3 + arr[(k30 + 30) % arr.length] * scale + 30;
                k30++;
            }
            int k31 = 0;
            while (true) {
                if (k31 < 0) continue;
                if (k31 >= lim) break;
                acc = acc * 5 + arr[(k31 + 31) % arr.length] * scale + 31;
                k31++;
            }
            int k32 = 0;
            while (true) {
                if (k32 < 0) continue;
                if (k32 >= lim) break;
                acc = acc * 7 + arr[(k32 + 32) % arr.length] * scale + 32;
                k32++;
            }
            int k33 = 0;
            while (true) {
                if (k33 < 0) continue;
                if (k33 >= lim) break;
                acc = acc * 9 + arr[(k33 + 33) % arr.length] * scale + 33;
                k33++;
            }
            int k34 = 0;
            while (true) {
                if (k34 < 0) continue;
                if (k34 >= lim) break;
                acc = acc * 11 + arr[(k34 + 34) % arr.length] * scale + 34;
                k34++;
            }
            int k35 = 0;
            while (true) {
                if (k35 < 0) continue;
                if (k35 >= lim) break;
                acc = acc * 3 + arr[(k35 + 35) % arr.length] * scale + 35;
                k35++;
            }
            System.out.println("  round " + r + " after loop 35: acc=" + acc);
            r++;
        }
        return acc;
    }

    public static void main(String[] args) {
        String[] inputs = {
            "abc 12 3.25 x+y",
            "  lead\n\nlines 1_000 end",
            "// only a comment\nafter 7",
            "a # b # c @ d e @ f",
            "@ mixed Case 42 @ back 0.5",
            "stop ! ignored 99",
            "1.2.3..4",
            "trailing   ",
            "",
            "x//y\n//z",
        };
        for (String in : inputs) {
            int[] counts = new int[4];
            int[] alt = new int[4];
            String r = tokenize(in.toCharArray(), counts, alt, new char[8]);
            System.out.println("[" + in.replace('\n', '/') + "] -> " + r);
            System.out.println("  counts " + counts[0] + "," + counts[1] + "," + counts[2] + "," + counts[3]
                    + " alt " + alt[0] + "," + alt[1] + "," + alt[2] + "," + alt[3]);
        }
        // the word buffer is null: fine while no word comes, an NPE at the first letter
        System.out.println(tokenize("1 2 + 3.5\n".toCharArray(), new int[4], new int[4], null));
        try {
            tokenize("1 2 word".toCharArray(), new int[4], new int[4], null);
        } catch (NullPointerException e) {
            System.out.println("null buffer: " + e.getMessage());
        }
        // a word longer than the buffer: fails at exactly the ninth letter
        try {
            tokenize("abcdefghijk".toCharArray(), new int[4], new int[4], new char[8]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("long word: " + e.getMessage());
        }
        // the alternative counts array is short: fails at the first symbol after '#'
        try {
            tokenize("a + # 1 + b".toCharArray(), new int[4], new int[2], new char[8]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("short alt: " + e.getMessage());
        }
        // null alternative, met only after '#'
        System.out.println(tokenize("a + b".toCharArray(), new int[4], null, new char[8]));
        try {
            tokenize("a + # b".toCharArray(), new int[4], null, new char[8]);
        } catch (NullPointerException e) {
            System.out.println("null alt: " + e.getMessage());
        }
        int[] a = {1, 2, 3, 4, 5};
        int[] b = {-7, 11};
        System.out.println("deep = " + deep(a, b, 3, 2, 3, -1));
        System.out.println("deep = " + deep(a, b, 2, 5, 3, 1));
        System.out.println("deep = " + deep(a, b, 0, 5, 2, 0));
        System.out.println("deep = " + deep(a, null, 1, 1, 2, 5));
        try {
            deep(a, null, 1, 1, 3, 1);
        } catch (NullPointerException e) {
            System.out.println("null other: " + e.getMessage());
        }
        try {
            deep(a, new int[0], 2, 1, 3, 2);
        } catch (ArithmeticException e) {
            System.out.println("empty other: " + e.getMessage());
        }
    }
}
