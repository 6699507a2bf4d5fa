public class GcHoisted {
    static int seed = 4242;
    static int rnd() { seed = seed * 1103515245 + 12345; return (seed >>> 8) & 0xffffff; }
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) {
            int[] a = new int[126]; a[k % 126] = k; acc += a[k % 126];
            char[] c = new char[252]; c[3] = 'x'; acc += c[3];
            byte[] b = new byte[200]; for (int i = 0; i < 200; i += 50) b[i] = (byte) i; acc += b[150];
        }
        return acc & 7;
    }
    static int[] makeInts(int n, int m) { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = i * m + 1; return a; }
    static class Node { int v; Node(int v) { this.v = v; } }

    // the array is dead after the loop: inside it only the hoisted base keeps it
    static int readLoop(int n) {
        int[] a = makeInts(n, 3);
        int s = 0;
        for (int i = 0; i < n; i++) s = s * 31 + a[i] + churn(1);
        return s;
    }
    static int writeThenRead(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('a' + (i + churn(1)) % 26);
        int s = 0;
        for (int i = n - 1; i >= 0; i--) { s = s * 7 + c[i]; if ((i & 15) == 0) churn(2); }
        return s;
    }
    static int byteStride(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * 5);
        int s = 0;
        for (int i = 0; i + 3 < n; i += 3) { s += b[i] * 3 + b[i + 1] - b[i + 2] + churn(1); }
        return s;
    }
    static int forEach(int n) {
        int s = 0;
        for (int x : makeInts(n, 7)) { s = s * 3 + x; churn(1); }
        return s;
    }
    static int objectLoop(int n) {
        Node[] nodes = new Node[n];
        for (int i = 0; i < n; i++) { churn(1); nodes[i] = new Node(i * i); }
        int s = 0;
        for (int i = 0; i < n; i++) { Node x = nodes[i]; churn(1); s = s * 5 + x.v; }
        return s;
    }
    static int rows(int n) {
        int[][] g = new int[n][];
        for (int i = 0; i < n; i++) g[i] = makeInts(n, i + 1);
        int s = 0;
        for (int i = 0; i < n; i++) {
            int[] row = g[i];
            for (int j = 0; j < n; j++) { row[j] += churn(j % 4 == 0 ? 1 : 0); s += row[j] * (j + 1); }
        }
        return s;
    }
    // the array variable is overwritten inside the loop: base must follow it
    static int swapArrays(int n) {
        int[] a = makeInts(n, 2), b = makeInts(n, 5);
        int s = 0;
        for (int r = 0; r < 6; r++) {
            for (int i = 0; i < n; i++) { a[i] += b[i]; if ((i & 7) == 0) churn(1); }
            int[] t = a; a = b; b = t;
            s += a[n - 1];
        }
        for (int i = 0; i < n; i++) s = s * 3 + a[i] - b[i];
        return s;
    }
    // two arrays in one loop, one only read through its base, one replaced mid-loop
    static int mixed(int n) {
        int[] src = makeInts(n, 11);
        int[] dst = new int[n];
        for (int i = 0; i < n; i++) {
            dst[i] = src[i] + churn(1);
            if (i == n / 2) { int[] d2 = new int[n]; for (int k = 0; k <= i; k++) d2[k] = dst[k] * 2; dst = d2; }
        }
        int s = 0;
        for (int i = 0; i < n; i++) s = s * 17 + dst[i];
        return s;
    }
    static int whileLoop(int n) {
        short[] sh = new short[n];
        int i = 0;
        while (i < n) { sh[i] = (short) (i * 300); i++; }
        int s = 0;
        i = 0;
        do { s = s * 3 + sh[i]; if ((i & 3) == 0) churn(1); i++; } while (i < n);
        return s;
    }

    public static void main(String[] args) {
        for (int r = 0; r < 3; r++) {
            System.out.println("readLoop " + readLoop(150 + r * 50));
            System.out.println("writeThenRead " + writeThenRead(120 + r * 40));
            System.out.println("byteStride " + byteStride(200 + r * 30));
            System.out.println("forEach " + forEach(100 + r * 30));
            System.out.println("objectLoop " + objectLoop(80 + r * 20));
            System.out.println("rows " + rows(20 + r * 4));
            System.out.println("swapArrays " + swapArrays(100 + r * 20));
            System.out.println("mixed " + mixed(120 + r * 30));
            System.out.println("whileLoop " + whileLoop(300 + r * 50));
        }
    }
}
