// Sparse switches (javac emits lookupswitch): keys spread over the whole int range including
// MIN_VALUE and MAX_VALUE, negative keys, many keys (a compiler may search them in a tree),
// fall-through and default in the middle, and a switch on hash values inside a loop.
public class LookupSwitch {
    static int sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case -5: return 3;
            case 0: return 4;
            case 7: return 5;
            case 100: return 6;
            case 1000: return 7;
            case 65536: return 8;
            case 1000000: return 9;
            case Integer.MAX_VALUE: return 10;
            default: return 0;
        }
    }

    static String fallThrough(int k) {
        String s = "";
        switch (k) {
            case 10: s += "ten ";
            case -20: s += "minus-twenty ";
                break;
            default: s += "default ";
            case 300: s += "three-hundred ";
            case 4000: s += "four-thousand ";
                break;
            case 50000: s += "fifty-thousand ";
        }
        return s;
    }

    static int many(int k) {
        switch (k) {
            case 2: return 1;
            case 3: return 2;
            case 5: return 3;
            case 7: return 4;
            case 11: return 5;
            case 13: return 6;
            case 17: return 7;
            case 19: return 8;
            case 23: return 9;
            case 29: return 10;
            case 31: return 11;
            case 37: return 12;
            case 41: return 13;
            case 43: return 14;
            case 47: return 15;
            case 53: return 16;
            case 59: return 17;
            case 61: return 18;
            case 67: return 19;
            case 71: return 20;
            case 73: return 21;
            case 79: return 22;
            case 83: return 23;
            case 89: return 24;
            case 97: return 25;
            case 1009: return 26;
            case 10007: return 27;
            case 100003: return 28;
            default: return 0;
        }
    }

    static int expr(int k) {
        return switch (k) {
            case -1000 -> 'a';
            case -100 -> 'b';
            case 100 -> 'c';
            case 1000 -> 'd';
            default -> '-';
        };
    }

    public static void main(String[] a) {
        int[] probes = { Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -999999, -6, -5, -4, 0, 7, 8, 99,
                         100, 1000, 65535, 65536, 1000000, Integer.MAX_VALUE - 1, Integer.MAX_VALUE };
        for (int i = 0; i < probes.length; i++) System.out.println("sparse(" + probes[i] + ") = " + sparse(probes[i]));
        int[] ft = { 10, -20, 300, 4000, 50000, 1, -10 };
        for (int i = 0; i < ft.length; i++) System.out.println(ft[i] + ": " + fallThrough(ft[i]));

        int found = 0, sum = 0;
        for (int k = 0; k < 110; k++) {
            int r = many(k);
            if (r != 0) {
                found++;
                sum += r * k;
                System.out.print(k + ":" + r + " ");
            }
        }
        System.out.println();
        System.out.println("found " + found + " weighted " + sum + " big " + many(1009) + " " + many(10007) + " " + many(100003) + " " + many(100004));

        for (int k = -1000; k <= 1000; k += 100) System.out.print((char) expr(k));
        System.out.println();

        // Switch on a hash inside a loop: a miniature keyword classifier.
        int[] words = { 0x1234, 0x77, 0x1234, 0xbeef, -42, 0x77, 0, 0xbeef, 0xbeef };
        int kw1 = 0, kw2 = 0, kw3 = 0, other = 0;
        for (int w : words) {
            switch (w * 31 + 7) {
                case 0x1234 * 31 + 7: kw1++; break;
                case 0x77 * 31 + 7: kw2++; break;
                case 0xbeef * 31 + 7: kw3++; break;
                default: other++;
            }
        }
        System.out.println("kw1 " + kw1 + " kw2 " + kw2 + " kw3 " + kw3 + " other " + other);

        // Sparse negative-only switch.
        for (int k = -64; k <= 0; k += 8) {
            switch (k) {
                case -64: System.out.print("A"); break;
                case -32: System.out.print("B"); break;
                case -16: System.out.print("C"); break;
                case -8: System.out.print("D"); break;
                default: System.out.print(".");
            }
        }
        System.out.println();
    }
}
