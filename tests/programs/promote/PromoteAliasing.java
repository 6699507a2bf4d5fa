// Promotion against aliasing: two statics holding the same array, two references to the same
// object whose int field a loop updates through both, an object field and an array element written
// in one loop, and an outer loop whose inner loop promotes the same static. Nested loops left by
// break, by return and by a labelled continue store the promoted value back on every exit.
public class PromoteAliasing {
    static int[] a = new int[8];
    static int[] b = a;
    static int acc;
    static int hits;

    static final class Cell {
        int v;
    }

    static int early(int[] x, int stop) {
        acc = 0;
        for (int i = 0; i < x.length; i++) {
            acc += x[i];
            if (x[i] == stop) {
                return i;
            }
        }
        return -1;
    }

    static void nested(int n) {
        acc = 0;
        hits = 0;
        outer:
        for (int i = 0; i < n; i++) {
            acc += i;
            for (int j = 0; j < n; j++) {
                acc ^= j << i;
                hits++;
                if (j > i) {
                    continue outer;
                }
                if (acc == 12345) {
                    break outer;
                }
            }
            acc = ~acc;
        }
    }

    static void twoRefs(Cell p, Cell q, int n) {
        for (int i = 0; i < n; i++) {
            p.v += i;
            q.v *= 3;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 8; i++) {
            a[i] = i + 1;
        }
        acc = 0;
        for (int i = 0; i < 8; i++) {
            b[i] = acc + i + 1;
            acc += a[i];
        }
        System.out.println("aliased arrays " + acc + " " + a[7] + " " + b[3]);
        System.out.println("early " + early(a, a[3]) + " acc=" + acc);
        System.out.println("early none " + early(a, 99) + " acc=" + acc);
        nested(9);
        System.out.println("nested " + acc + " " + hits);
        Cell c = new Cell();
        twoRefs(c, c, 6);
        System.out.println("same cell " + c.v);
        Cell d = new Cell();
        twoRefs(c, d, 4);
        System.out.println("two cells " + c.v + " " + d.v);
        int sum = 0;
        for (int pass = 0; pass < 3; pass++) {
            acc = pass;
            for (int i = 0; i < 5; i++) {
                acc = acc * 7 + i;
                a[i & 7] = acc;
            }
            sum += acc + a[2];
        }
        System.out.println("outer " + sum + " " + acc);
    }
}
