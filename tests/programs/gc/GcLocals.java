public class GcLocals {
    static int seed = 12345;
    static int rnd() { seed = seed * 1103515245 + 12345; return (seed >>> 8) & 0xffffff; }

    static class Box {
        int v; int[] data; Box next;
        Box(int v) { this.v = v; data = new int[4 + (v & 7)]; for (int i = 0; i < data.length; i++) data[i] = v * 31 + i; }
        int sum() { int s = v; for (int i = 0; i < data.length; i++) s = s * 7 + data[i]; return s; }
    }

    static int sink;
    // allocates roughly n KiB of garbage in mixed sizes
    static int churn(int n) {
        int acc = 0;
        for (int k = 0; k < n; k++) {
            int[] a = new int[200 + (rnd() & 63)];
            a[a.length - 1] = k;
            Box b = new Box(k);
            acc += a[a.length - 1] + b.sum();
            Object[] o = new Object[8];
            o[k & 7] = b;
            acc ^= ((Box) o[k & 7]).v;
        }
        sink += acc;
        return acc & 0xff;
    }

    static int manyLocals(int round) {
        Box b0 = new Box(round + 0), b1 = new Box(round + 1), b2 = new Box(round + 2), b3 = new Box(round + 3);
        Box b4 = new Box(round + 4), b5 = new Box(round + 5), b6 = new Box(round + 6), b7 = new Box(round + 7);
        int[] i0 = new int[10], i1 = new int[20], i2 = new int[30];
        String s0 = "s" + round, s1 = "t" + (round * 3);
        churn(150);
        Box b8 = new Box(round + 8), b9 = new Box(round + 9), b10 = new Box(round + 10), b11 = new Box(round + 11);
        char[] c0 = new char[17]; c0[16] = 'z';
        i0[9] = 9; i1[19] = 19; i2[29] = 29;
        churn(150);
        Box b12 = new Box(round + 12), b13 = new Box(round + 13);
        churn(150);
        int s = b0.sum() + b1.sum() * 3 + b2.sum() * 5 + b3.sum() * 7 + b4.sum() * 11 + b5.sum() * 13
              + b6.sum() * 17 + b7.sum() * 19 + b8.sum() * 23 + b9.sum() * 29 + b10.sum() * 31 + b11.sum() * 37
              + b12.sum() * 41 + b13.sum() * 43 + i0[9] + i1[19] + i2[29] + c0[16];
        s += s0.length() * 1000 + s1.hashCode();
        return s;
    }

    // each frame keeps two objects alive across the recursive call and a churn
    static int recurse(int depth, Box parent) {
        Box mine = new Box(depth * 17);
        mine.next = parent;
        int[] arr = new int[depth + 1];
        for (int i = 0; i <= depth; i++) arr[i] = depth * i;
        if (depth % 5 == 0) churn(20);
        int below = depth == 0 ? 0 : recurse(depth - 1, mine);
        if (depth % 7 == 0) churn(20);
        int chain = 0;
        for (Box b = mine; b != null; b = b.next) chain = chain * 3 + b.v;
        int as = 0;
        for (int i = 0; i <= depth; i++) as += arr[i];
        return below * 31 + chain + as + mine.sum();
    }

    // locals live across a loop whose body allocates; some only used after the loop
    static int loopLive(int n) {
        Box keepA = new Box(1000 + n);
        Box keepB = new Box(2000 + n);
        int[] onlyAfter = new int[50];
        for (int i = 0; i < 50; i++) onlyAfter[i] = i * n;
        Box last = null;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            Box t = new Box(i);
            t.next = last;
            if ((i & 3) == 0) last = t;
            acc += churn(10) + keepA.v;
        }
        int chain = 0;
        for (Box b = last; b != null; b = b.next) chain += b.sum();
        int oa = 0;
        for (int i = 0; i < 50; i++) oa += onlyAfter[i];
        return acc + chain + oa + keepB.sum();
    }

    public static void main(String[] args) {
        for (int r = 0; r < 12; r++) {
            System.out.println("manyLocals " + r + " = " + manyLocals(r * 100));
        }
        for (int r = 0; r < 4; r++) {
            System.out.println("recurse " + r + " = " + recurse(40 + r * 5, null));
        }
        for (int r = 0; r < 4; r++) {
            System.out.println("loopLive " + r + " = " + loopLive(30 + r * 10));
        }
        System.gc();
        System.out.println("sink " + sink);
    }
}
