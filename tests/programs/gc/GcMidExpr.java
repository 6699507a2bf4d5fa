public class GcMidExpr {
    static int seed = 777;
    static int rnd() { seed = seed * 1103515245 + 12345; return (seed >>> 8) & 0xffffff; }

    static class P {
        final int id; final int[] payload;
        P(int id) { this.id = id; payload = new int[6]; for (int i = 0; i < 6; i++) payload[i] = id ^ (i * 0x55); }
        int check() { int s = id; for (int i = 0; i < 6; i++) s = s * 13 + payload[i]; return s; }
    }
    static class Pair {
        final P a, b; final int x;
        Pair(P a, int x, P b) { this.a = a; this.x = x; this.b = b; }
        int check() { return (a == null ? 1 : a.check()) * 7 + x * 3 + (b == null ? 5 : b.check()); }
    }

    static int garbage(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) {
            int[] g = new int[250];
            g[rnd() % 250] = k;
            P p = new P(k);
            acc += g.length + p.id;
        }
        return acc & 0x3ff;
    }
    static P makeP(int id) { garbage(30); return new P(id); }
    static int idx(int n) { garbage(20); return n; }
    static String str(int n) { garbage(15); return "<" + n + ">"; }
    static int sum3(P a, int mid, P b) { return a.check() + mid * 11 + b.check() * 3; }
    static int sum4(Object a, Object b, int c, Object d) {
        return ((P) a).check() + ((Pair) b).check() * 5 + c + ((int[]) d)[3] * 9;
    }

    public static void main(String[] args) {
        // f(new A(), g()) where g allocates a lot
        for (int r = 0; r < 6; r++) {
            int v = sum3(new P(r), garbage(60), new P(r + 100));
            System.out.println("sum3 " + r + " " + v);
        }
        // constructor args evaluated around allocating calls
        for (int r = 0; r < 6; r++) {
            Pair p = new Pair(new P(r * 3), garbage(50), makeP(r * 5));
            Pair q = new Pair(makeP(r), garbage(10) + idx(r), new P(garbage(40)));
            System.out.println("pair " + r + " " + p.check() + " " + q.a.id + " " + q.x);
        }
        // a[i] = make(); a[idx()] = make()
        P[] arr = new P[40];
        for (int i = 0; i < arr.length; i++) arr[i] = makeP(i * 7);
        for (int r = 0; r < 10; r++) arr[idx(r * 3)] = new P(garbage(10) + 1000 * r);
        int cs = 0;
        for (int i = 0; i < arr.length; i++) cs = cs * 31 + arr[i].check();
        System.out.println("arr " + cs);
        // array initialisers with allocating elements
        for (int r = 0; r < 4; r++) {
            Object[] init = { new P(r), makeP(r + 1), new int[] { garbage(20), idx(r), garbage(20), r }, str(r), makeP(r + 2) };
            int s = ((P) init[0]).check() + ((P) init[1]).check() + ((int[]) init[2])[3] + ((String) init[3]).length() + ((P) init[4]).id;
            System.out.println("init " + r + " " + s + " " + init[3]);
        }
        // string concat of many allocating results
        for (int r = 0; r < 5; r++) {
            String s = str(r) + "," + str(r + 1) + "," + makeP(r).check() + "," + str(r + 2) + "," + idx(r * 9) + str(r + 3);
            System.out.println("concat " + s);
        }
        // four-argument call: mixed refs and ints, each arg built with garbage in between
        for (int r = 0; r < 5; r++) {
            int v = sum4(makeP(r), new Pair(makeP(r + 1), idx(r), null), garbage(30), new int[] { 0, 1, 2, idx(r + 40) });
            System.out.println("sum4 " + r + " " + v);
        }
        // ternary and nested new with side allocation
        for (int r = 0; r < 5; r++) {
            P x = (r & 1) == 0 ? makeP(r) : new Pair(new P(r), garbage(40), makeP(r + 1)).b;
            Pair y = new Pair(x, garbage(40), new Pair(makeP(r + 2), garbage(40), x).b);
            System.out.println("tern " + r + " " + x.check() + " " + y.check());
        }
        // receiver held during argument evaluation
        for (int r = 0; r < 4; r++) {
            StringBuilder sb = new StringBuilder("r" + r);
            sb.append(str(r)).append(garbage(30)).append(makeP(r).id).append(str(r * 2));
            System.out.println("sb " + sb.toString());
        }
        // compound: arr2[i][j] += f() where f allocates
        int[][] grid = new int[8][8];
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < 8; j++)
                grid[i][j] += idx(i * j) + garbage(2);
        int g = 0;
        for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) g = g * 3 + grid[i][j];
        System.out.println("grid " + g);
    }
}
