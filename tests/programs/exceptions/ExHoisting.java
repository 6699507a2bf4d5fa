public class ExHoisting {
    static int sCount;
    static int sTotal;
    static int[] sArr = new int[8];
    int fCount;
    int val = 3;
    static ExHoisting nullObj;

    static int boundsInLoop(int[] a, int n) {
        int sum = 0;
        try {
            for (int i = 0; i < n; i++) { sum += i; a[i] = i * 2; sCount++; }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("  bounds: " + e.getMessage() + " sum=" + sum + " sCount=" + sCount);
        }
        return sum;
    }

    static int nullInLoop(ExHoisting p, int n) {
        int count = 0;
        try {
            for (int i = 0; i < n; i++) { count++; sTotal += i; sTotal += p.val; }
        } catch (NullPointerException e) {
            System.out.println("  null: count=" + count + " sTotal=" + sTotal);
        }
        return count;
    }

    static int invariantDiv(int n, int d) {
        int acc = 0;
        try {
            for (int i = 0; i < n; i++) { acc += 1; sCount += 1; acc += 1000 / d; }
        } catch (ArithmeticException e) {
            System.out.println("  div: acc=" + acc + " sCount=" + sCount);
        }
        return acc;
    }

    static int fieldInLoop(ExHoisting o, int[] a, int n) {
        try {
            for (int i = 0; i < n; i++) { o.fCount++; sArr[i & 7] += 1; a[i] += o.fCount; }
        } catch (RuntimeException e) {
            System.out.println("  field: " + e.getClass().getName() + " fCount=" + o.fCount);
        }
        return o.fCount;
    }

    static int nestedLoops(int[][] m) {
        int visited = 0;
        try {
            for (int r = 0; r < 4; r++)
                for (int c = 0; c < 4; c++) { visited++; m[r][c] = visited; }
        } catch (RuntimeException e) {
            System.out.println("  nested: " + e.getClass().getName() + " visited=" + visited);
        }
        return visited;
    }

    static int negativeAlloc(int n) {
        int made = 0;
        try {
            for (int i = n; i > -3; i--) { int[] t = new int[i]; made += t.length + 1; sCount++; }
        } catch (NegativeArraySizeException e) {
            System.out.println("  alloc: " + e.getMessage() + " made=" + made);
        }
        return made;
    }

    static int castInLoop(Object[] objs) {
        int seen = 0;
        try {
            for (int i = 0; i < objs.length; i++) { seen++; String s = (String) objs[i]; sTotal += s.length(); }
        } catch (ClassCastException e) {
            System.out.println("  cast: seen=" + seen + " sTotal=" + sTotal);
        }
        return seen;
    }

    static int downward(int[] a) {
        int last = -1;
        try {
            for (int i = a.length + 2; i >= 0; i--) { last = i; a[i] = 1; }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("  downward: " + e.getMessage() + " last=" + last);
        }
        return last;
    }

    public static void main(String[] args) {
        System.out.println("boundsInLoop " + boundsInLoop(new int[5], 10) + " " + boundsInLoop(new int[5], 5) + " " + boundsInLoop(new int[5], 0));
        System.out.println("nullInLoop " + nullInLoop(null, 4) + " " + nullInLoop(null, 0) + " " + nullInLoop(new ExHoisting(), 3) + " sTotal=" + sTotal);
        System.out.println("invariantDiv " + invariantDiv(3, 0) + " " + invariantDiv(0, 0) + " " + invariantDiv(2, 7) + " sCount=" + sCount);
        ExHoisting o = new ExHoisting();
        System.out.println("fieldInLoop " + fieldInLoop(o, new int[3], 6) + " " + fieldInLoop(o, null, 2) + " sArr0=" + sArr[0] + " sArr2=" + sArr[2]);
        int[][] m = new int[4][];
        m[0] = new int[4]; m[1] = new int[2]; m[2] = new int[4];
        System.out.println("nestedLoops " + nestedLoops(m) + " m1=" + m[1][0] + "," + m[1][1]);
        m[1] = new int[4];
        System.out.println("nestedLoops " + nestedLoops(m) + " m2=" + m[2][3]);
        System.out.println("negativeAlloc " + negativeAlloc(2) + " sCount=" + sCount);
        Object[] objs = { "ab", "cde", Integer.valueOf(1), "f" };
        System.out.println("castInLoop " + castInLoop(objs) + " sTotal=" + sTotal);
        System.out.println("downward " + downward(new int[3]));
        try {
            for (int i = 0; i < 3; i++) { sCount += 100; nullObj.fCount++; }
        } catch (NullPointerException e) {
            System.out.println("static null: " + e.getMessage() + " sCount=" + sCount);
        }
    }
}
