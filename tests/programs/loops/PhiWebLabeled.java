// Attacks Simplify's redundant-phi-web rule (Simplify.phi/onlySource) with the shapes that give
// webs of phis: labeled continue/break out of nested loops that share variables, an interpreter
// loop (while (true) with a continue per opcode) whose buffer is reassigned by only one opcode,
// do-while with continue, self-assignments (x = x, a = flag ? a : a) that make a phi's operands
// other phis of the same variable, and variables assigned only on some paths before or inside the
// loop and read after it. Each web must collapse only when no path brings another value in: a
// wrong collapse prints a wrong value, and a check moved with it throws at the wrong step.
public class PhiWebLabeled {
    // a tiny interpreter: op 3 is the only one that changes buf
    static long run(int[] prog, int[] a, int[] b) {
        int[] buf = a;
        int pc = 0, pos = 0;
        long acc = 0;
        int executed = 0;
        while (true) {
            int op = prog[pc++];
            executed++;
            if (op == 0) continue;
            if (op == 1) {
                acc = acc * 31 + buf[pos];
                continue;
            }
            if (op == 2) {
                pos++;
                continue;
            }
            if (op == 3) {
                buf = b;
                continue;
            }
            if (op == 4) {
                buf = buf;
                pos = pos;
                continue;
            }
            if (op == 5) {
                buf = (pc & 1) == 0 ? buf : buf;
                acc += buf.length;
                continue;
            }
            if (op == 6) {
                int[] t = buf;
                buf = t;
                acc ^= 0x55;
                continue;
            }
            break;
        }
        System.out.println("  run: executed=" + executed + " pos=" + pos + " buf==a " + (buf == a) + " acc=" + acc);
        return acc;
    }

    // nested loops sharing row, c and total; labeled continue and break from the inner loop
    static int scan(int[][] m, int[] spare, int swapAt) {
        int r = 0;
        int[] row = m[0];
        int total = 0;
        int visits = 0;
        outer:
        while (true) {
            int c = 0;
            while (true) {
                visits++;
                if (c >= row.length) {
                    r++;
                    if (r >= m.length) break outer;
                    row = m[r];
                    continue outer;
                }
                int v = row[c];
                if (v < 0) {
                    // skip the rest of this row: same row, only c changes
                    c = row.length;
                    continue;
                }
                if (v == 0) {
                    c++;
                    continue;
                }
                if (visits == swapAt) {
                    row = spare;
                    c = 0;
                    System.out.println("  swapped at visit " + visits + " r=" + r);
                    continue outer;
                }
                total += v * (r + 1);
                c++;
                if (total > 100000) break outer;
            }
        }
        System.out.println("  scan: r=" + r + " visits=" + visits + " total=" + total);
        return total;
    }

    // do-while with continue: the continue goes to the condition
    static int doWhile(int[] a, int n, boolean flag) {
        int i = 0, s = 0, q = 0;
        int[] arr = a;
        do {
            if ((i & 3) == 0) {
                i++;
                continue;
            }
            if (i % 5 == 0) {
                arr = flag ? arr : arr;
                q = 11;
                i += 2;
                continue;
            }
            s += arr[i];
            i++;
        } while (i < n);
        System.out.println("  doWhile: i=" + i + " s=" + s + " q=" + q);
        return s;
    }

    // a variable assigned only on some paths before the loop, read after it
    static int somePaths(int mode, int[] data) {
        int x = -1;
        int y;
        if (mode > 0) {
            x = mode * 10;
            y = 1;
        } else {
            y = 2;
        }
        int k = 0;
        while (true) {
            if (k >= data.length) break;
            if (data[k] == mode) {
                k++;
                x = x;
                continue;
            }
            if (data[k] > 100) {
                y = data[k];
                k++;
                continue;
            }
            k++;
        }
        int found;
        int j = 0;
        while (true) {
            if (j >= data.length) {
                found = -1;
                break;
            }
            if (data[j] == x) {
                found = j;
                break;
            }
            j++;
        }
        System.out.println("  somePaths mode=" + mode + ": x=" + x + " y=" + y + " found=" + found);
        return x + y + found;
    }

    // labeled break out of three loops, with a long counter changed only in the innermost
    static long triple(int n, int stopAt) {
        long count = 1L << 33;
        int i = 0, j = 0, l = 0;
        a:
        for (i = 0; i < n; i++) {
            b:
            for (j = 0; j < n; j++) {
                if (j == i) continue a;
                for (l = 0; l < n; l++) {
                    if (l == j) continue b;
                    if (i * 100 + j * 10 + l == stopAt) break a;
                    count += 3;
                }
            }
        }
        System.out.println("  triple n=" + n + " stop=" + stopAt + ": i=" + i + " j=" + j + " l=" + l + " count=" + count);
        return count;
    }

    public static void main(String[] args) {
        int[] a = {5, 6, 7, 8, 9, 10, 11};
        int[] b = {100, 200, 300};
        int[][] progs = {
            {1, 2, 1, 2, 4, 1, 5, 6, 1, 9},
            {1, 2, 3, 1, 2, 1, 0, 4, 1, 9},
            {3, 5, 1, 2, 2, 1, 9},
            {0, 0, 4, 4, 5, 5, 6, 1, 9},
            {1, 2, 2, 2, 3, 1, 9},      // pos 3 in b: out of bounds
            {1, 2, 1, 3, 5, 1, 9},      // b null: NPE at op 5
            {1, 1, 1, 4, 4, 4, 1, 9},   // b null but never switched to
        };
        for (int p = 0; p < progs.length; p++) {
            int[] bb = p >= 5 ? null : b;
            try {
                System.out.println("prog " + p + " -> " + run(progs[p], a, bb));
            } catch (RuntimeException e) {
                System.out.println("prog " + p + " threw " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        // running off the end of the program
        try {
            run(new int[] {1, 2, 0}, a, b);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("off the end: " + e.getMessage());
        }

        int[][] m = {{1, 2, 0, 3}, {4, -1, 99}, {}, {0, 0, 5}, {6, 7}};
        int[] spare = {1000, 1000, -1};
        for (int swapAt : new int[] {-1, 1, 4, 9, 14, 1000}) {
            System.out.println("scan swap=" + swapAt + " -> " + scan(m, spare, swapAt));
        }
        try {
            scan(m, null, 2);
        } catch (NullPointerException e) {
            System.out.println("scan null spare: " + e.getMessage());
        }
        int[][] holes = {{1, 2}, null, {3}};
        try {
            scan(holes, spare, -1);
        } catch (NullPointerException e) {
            System.out.println("scan null row: " + e.getMessage());
        }

        int[] d = new int[30];
        for (int i = 0; i < d.length; i++) d[i] = i * i - 7 * i;
        System.out.println("doWhile -> " + doWhile(d, 30, true));
        System.out.println("doWhile -> " + doWhile(d, 30, false));
        System.out.println("doWhile -> " + doWhile(d, 0, false));
        try {
            doWhile(d, 35, true);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("doWhile past the end: " + e.getMessage());
        }

        int[] data = {3, 200, 30, 3, 7, 101, 70, 3};
        for (int mode : new int[] {3, 7, 0, -4}) {
            System.out.println("somePaths -> " + somePaths(mode, data));
        }

        System.out.println("triple -> " + triple(5, -1));
        System.out.println("triple -> " + triple(5, 243));
        System.out.println("triple -> " + triple(6, 410));
        System.out.println("triple -> " + triple(1, 0));
    }
}
