public class GcMarkOverflow {
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) { Object[] o = new Object[60]; o[k % 60] = new int[60]; acc += o.length; }
        return acc & 1;
    }
    static class N { int v; N a, b, c; N(int v) { this.v = v; } }
    static Object[] keep;

    // a 4-ary tree built breadth first: the marker meets many more pending nodes than 256
    static N wideTree(int count) {
        N[] q = new N[count];
        q[0] = new N(0);
        int made = 1;
        for (int i = 0; made < count; i++) {
            N p = q[i];
            if (made < count) { p.a = q[made] = new N(made); made++; }
            if (made < count) { p.b = q[made] = new N(made); made++; }
            if (made < count) { p.c = q[made] = new N(made); made++; }
            if ((i & 63) == 0) churn(1);
        }
        return q[0];
    }
    static int treeSum(N n) { return n == null ? 0 : n.v + 3 * treeSum(n.a) + 5 * treeSum(n.b) + 7 * treeSum(n.c); }

    public static void main(String[] args) {
        // 1. reference arrays of growing size, each holding distinct small objects
        int[] sizes = { 100, 300, 1000, 3000 };
        for (int s = 0; s < sizes.length; s++) {
            Object[] arr = new Object[sizes[s]];
            for (int i = 0; i < arr.length; i++) arr[i] = (i % 3 == 0) ? (Object) ("s" + i) : (i % 3 == 1) ? (Object) new int[] { i, i * i } : (Object) new N(i);
            churn(300);
            System.gc();
            churn(100);
            int sum = 0;
            for (int i = 0; i < arr.length; i++) {
                Object o = arr[i];
                int v = o instanceof String ? ((String) o).length() * 1000 + ((String) o).charAt(((String) o).length() - 1) : o instanceof int[] ? ((int[]) o)[1] : ((N) o).v;
                sum = sum * 31 + v;
            }
            System.out.println("array " + sizes[s] + " sum=" + sum);
        }
        // 2. a static array of arrays, each inner array full of objects
        Object[][] grid = new Object[40][];
        keep = grid;
        grid = null;
        for (int i = 0; i < 40; i++) { Object[] row = new Object[40]; for (int j = 0; j < 40; j++) row[j] = new int[] { i * 40 + j }; ((Object[][]) keep)[i] = row; }
        churn(400);
        int gs = 0;
        for (int i = 0; i < 40; i++) for (int j = 0; j < 40; j++) gs = gs * 7 + ((int[]) ((Object[][]) keep)[i][j])[0];
        System.out.println("grid sum=" + gs);
        keep = null;
        // 3. wide trees only reachable from their root
        for (int round = 0; round < 3; round++) {
            N root = wideTree(1500 + 500 * round);
            churn(300);
            System.out.println("tree " + round + " sum=" + treeSum(root));
        }
    }
}
