// Attacks Simplify's redundant-phi-web rule (Simplify.phi/onlySource) through switches and
// exception handlers inside loops: every case of an old-style switch that falls through, ends in
// continue, or breaks out of the switch or (labeled) the loop is one more edge into a merge or the
// loop header, and every throwing instruction inside a try is one more edge into the handler, so
// variables the loop rarely changes become large webs of phis. A variable changed only in a
// handler, only in one case, or only in finally must stay a phi; an array the loop never changes
// may become one value, but its checks must still throw at the right iteration with the right
// message.
public class PhiWebSwitchTry {
    static int[] table = {10, 20, 30, 40, 50};

    // old switch: fall-through, continue, break out of the switch, break out of the loop
    static String machine(int[] ops, int[] data) {
        int pc = 0, acc = 0, idx = 0, mark = -7;
        int[] arr = data;
        StringBuilder log = new StringBuilder();
        loop:
        while (true) {
            if (pc < 0) continue; // never taken: a test whose jump is a back edge (webs)
            int op = ops[pc++];
            switch (op) {
                case 0:
                    continue;
                case 1:
                    acc += arr[idx];
                    // fall through
                case 2:
                    idx++;
                    continue;
                case 3:
                    mark = acc;
                    break;
                case 4:
                    arr = table;
                    // fall through
                case 5:
                    arr = arr;
                    acc = acc;
                    break;
                case 6:
                    log.append('[').append(acc).append(']');
                    continue loop;
                case 9:
                    break loop;
                default:
                    acc -= op;
            }
            log.append(op);
        }
        return "acc=" + acc + " idx=" + idx + " mark=" + mark + " table=" + (arr == table) + " log=" + log;
    }

    // arrow switch: some arms continue, one reassigns a long and a double only for one key
    static String arrow(char[] keys) {
        long big = 1L << 40;
        double d = 0.5;
        float fl = 3.0f;
        int i = 0, vowels = 0, other = 0;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (i == keys.length) break;
            char ch = keys[i++];
            switch (ch) {
                case 'a', 'e', 'i', 'o', 'u' -> {
                    vowels++;
                    continue;
                }
                case 'x' -> big = big + 1;
                case 'y' -> {
                    d = d * 3;
                    continue;
                }
                case 'z' -> fl = -fl;
                case '!' -> {
                    i = keys.length;
                    continue;
                }
                default -> other++;
            }
            big = big;
        }
        return "vowels=" + vowels + " other=" + other + " big=" + big + " d=" + d + " fl=" + fl + " i=" + i;
    }

    // try/catch/finally in a loop: the exception comes in some iterations only
    static String tries(int[] divisors, int[] idx) {
        int ok = 0, caught = 0, fin = 0;
        int last = 111;        // changed only in the handler
        int kept = 222;        // never changed, but reassigned to itself in the handler
        long sum = 0;
        int[] arr = table;     // reassigned in the handler of an out-of-bounds error only
        int i = 0;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (i >= divisors.length) break;
            try {
                int q = 1000 / divisors[i];
                sum += q + arr[idx[i]];
                ok++;
                if (q > 100) {
                    i += 2;
                    continue;
                }
            } catch (ArithmeticException e) {
                caught++;
                last = i;
                kept = kept;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught += 100;
                arr = new int[] {7, 8, 9, 10, 11, 12, 13, 14};
                System.out.println("  tries: " + e.getMessage() + " at i=" + i);
            } finally {
                fin++;
            }
            i++;
        }
        return "ok=" + ok + " caught=" + caught + " fin=" + fin + " last=" + last + " kept=" + kept
                + " sum=" + sum + " arr.length=" + arr.length;
    }

    // the handler continues the loop; a null array meets the try in one iteration only
    static int nullInTry(int[][] rows) {
        int r = 0, total = 0, nulls = 0;
        int[] prev = null;
        while (true) {
            if (r < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (r >= rows.length) break;
            int[] row = rows[r++];
            try {
                total += row[0] + row.length;
                prev = row;
            } catch (NullPointerException e) {
                nulls++;
                System.out.println("  null row " + (r - 1) + ": " + e.getMessage());
                continue;
            }
            if (prev != row) System.out.println("  impossible");
        }
        System.out.println("  nullInTry: total=" + total + " nulls=" + nulls + " prev.length="
                + (prev == null ? -1 : prev.length));
        return total;
    }

    // finally changes the variable, and a break out of the try still runs it
    static int finallyBreak(int n) {
        int steps = 0, x = 5, y = 9;
        while (true) {
            if (steps < 0) continue; // never taken: a test whose jump is a back edge (webs)
            try {
                steps++;
                if (steps == n) break;
                if ((steps & 1) == 0) continue;
                y = y;
            } finally {
                x = x + steps;
            }
        }
        return steps * 1000000 + x * 100 + y;
    }

    // the array is replaced inside the try, just before the access that throws, in one iteration:
    // the handler must see the new array there and the old one in every other iteration
    static String tryReassign(int[] arr, int[] other, int n, int swapAt) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int[] seen = arr;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (i >= n) break;
            try {
                if (i == swapAt) arr = other;
                sb.append(arr[i]).append(' ');
                seen = arr;
            } catch (ArrayIndexOutOfBoundsException e) {
                sb.append("[oob len=").append(arr.length).append(" seen=").append(seen.length).append("] ");
            } catch (NullPointerException e) {
                sb.append("[npe seen=").append(seen.length).append("] ");
                arr = seen;
            }
            i++;
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] data = {1, 2, 3, 4, 5, 6, 7, 8};
        int[][] progs = {
            {1, 1, 3, 6, 9},
            {1, 0, 2, 1, 5, 6, 3, 9},
            {1, 4, 1, 1, 6, 3, 9},
            {7, 8, 1, 3, 6, 5, 1, 9},
            {2, 2, 2, 2, 2, 2, 2, 1, 9},   // reads data[7], the last element
            {4, 2, 2, 2, 2, 1, 9},         // idx 4 in table: the last one
            {4, 2, 2, 2, 2, 2, 1, 9},      // idx 5 in table: out of bounds
        };
        for (int[] p : progs) {
            try {
                System.out.println("machine: " + machine(p, data));
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("machine threw: " + e.getMessage());
            }
        }
        try {
            System.out.println("machine: " + machine(new int[] {1, 3, 9}, null));
        } catch (NullPointerException e) {
            System.out.println("machine null data: " + e.getMessage());
        }
        System.out.println("machine null data unused: " + machine(new int[] {4, 1, 6, 9}, null));

        System.out.println("arrow: " + arrow("hello world xyzzy".toCharArray()));
        System.out.println("arrow: " + arrow("aeiou".toCharArray()));
        System.out.println("arrow: " + arrow("yyy!xxx".toCharArray()));
        System.out.println("arrow: " + arrow(new char[0]));

        System.out.println("tries: " + tries(new int[] {1, 2, 0, 5, 0, 3, 1}, new int[] {0, 1, 2, 3, 4, 0, 1}));
        System.out.println("tries: " + tries(new int[] {4, 0, 20, 30}, new int[] {1, 9, 6, 2}));
        System.out.println("tries: " + tries(new int[] {0, 0, 0}, new int[] {9, 9, 9}));
        try {
            tries(new int[] {1, 1}, new int[] {1});
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("tries escaped: " + e.getMessage());
        }

        int[][] rows = {{1, 2}, null, {3}, {}, {4, 5, 6}};
        try {
            nullInTry(rows);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("nullInTry escaped: " + e.getMessage());
        }
        System.out.println("nullInTry: " + nullInTry(new int[][] {{1}, null, null, {2, 3}}));

        for (int n : new int[] {1, 2, 5, 10}) {
            System.out.println("finallyBreak(" + n + ") = " + finallyBreak(n));
        }
        int[] four = {1, 2, 3, 4};
        int[] two = {50, 60};
        for (int swapAt : new int[] {-1, 0, 1, 2, 3, 100}) {
            System.out.println("tryReassign swap=" + swapAt + ": " + tryReassign(four, two, 6, swapAt));
        }
        System.out.println("tryReassign null: " + tryReassign(four, null, 5, 2));
    }
}
