// Small innermost loops that touch arrays or statics (so their first iteration is peeled): loops
// entered from a block whose two edges both lead to the loop (an empty if before a do-while), loops
// whose first iteration breaks, continues, or returns, loops where the index is changed in the
// body, do-while loops with continue, loops whose bound is a static field changed by the body,
// and loops that run exactly once. Each prints what it computed.
public class Stress2PeelShapes {
    static int limit = 5;
    static int[] data = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    static int hits;

    static int emptyIfDoWhile(int x, int[] a) {
        int i = 0, s = 0;
        if (x > 0) {
        }
        do {
            s += a[i];
            i++;
        } while (i < x);
        return s;
    }

    static int breakFirst(int[] a, int stop) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == stop) break;
            s = s * 2 + a[i];
        }
        return s;
    }

    static int continueFirst(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (i == 0 || a[i] < 3) continue;
            s += a[i] * i;
        }
        return s;
    }

    static int returnInside(int[] a, int want) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == want) return i * 100 + a.length;
        }
        return -1;
    }

    static int skipAhead(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            if (a[i] > 4) i++;
        }
        return s;
    }

    static int doContinue(int[] a) {
        int i = 0, s = 0;
        do {
            i++;
            if ((a[i - 1] & 1) == 0) continue;
            s += a[i - 1];
        } while (i < a.length);
        return s;
    }

    static int staticBound() {
        int s = 0;
        for (int i = 0; i < limit; i++) {
            s += data[i];
            if (data[i] == 4) limit--;
        }
        return s;
    }

    static int once(int[] a, int n) {
        int s = 7;
        for (int i = n; i < n + 1; i++) s ^= a[i];
        return s;
    }

    static int whileTrue(int[] a) {
        int i = 0;
        while (true) {
            hits++;
            if (a[i] > 4) return i;
            i += 2;
            if (i >= a.length) return -i;
        }
    }

    static int nestedInner(int[][] m) {
        int s = 0;
        for (int r = 0; r < m.length; r++) {
            int[] row = m[r];
            for (int c = 0; c < row.length; c++) {
                if (row[c] < 0) break;
                s += row[c] * (r + 1);
            }
        }
        return s;
    }

    static int reversedWrite(int[] a) {
        int n = a.length;
        for (int i = 0; i < n / 2; i++) {
            int t = a[i];
            a[i] = a[n - 1 - i];
            a[n - 1 - i] = t;
        }
        int s = 0;
        for (int i = 0; i < n; i++) s = s * 10 + a[i];
        return s;
    }

    public static void main(String[] args) {
        System.out.println("emptyIf " + emptyIfDoWhile(3, data) + " " + emptyIfDoWhile(0, data) + " " + emptyIfDoWhile(-5, data));
        System.out.println("break " + breakFirst(data, 3) + " " + breakFirst(data, 9) + " " + breakFirst(data, 7));
        System.out.println("continue " + continueFirst(data) + " " + continueFirst(new int[] {9}));
        System.out.println("return " + returnInside(data, 3) + " " + returnInside(data, 6) + " " + returnInside(data, 8));
        System.out.println("skip " + skipAhead(data) + " " + skipAhead(new int[] {5}) + " " + skipAhead(new int[0]));
        System.out.println("doContinue " + doContinue(data) + " " + doContinue(new int[] {2}));
        System.out.println("staticBound " + staticBound() + " limit " + limit);
        System.out.println("once " + once(data, 0) + " " + once(data, 9));
        System.out.println("whileTrue " + whileTrue(data) + " " + whileTrue(new int[] {1, 1, 1}) + " hits " + hits);
        System.out.println("nested " + nestedInner(new int[][] {{1, 2, -1, 5}, {}, {-3}, {4, 4}}));
        System.out.println("reversed " + reversedWrite(new int[] {1, 2, 3, 4, 5, 6, 7}) + " " + reversedWrite(new int[] {1}));
    }
}
