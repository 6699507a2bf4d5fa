// Cycles per operation, with its C twin opcost.c: see bench/tools/opcost/run.sh.
public class OpCost {
    static final int N = 256;
    static float[] fa = new float[N], fb = new float[N], fr = new float[N];
    static double[] da = new double[N], db = new double[N], dr = new double[N];
    static long[] la = new long[N], lb = new long[N], lr = new long[N];
    static int rng = 0x12345678;

    static int next() { int x = rng; x ^= x << 13; x ^= x >>> 17; x ^= x << 5; rng = x; return x; }

    static void mark(String s) { System.out.println(s); }

    public static void main(String[] args) {
        for (int i = 0; i < N; i++) {
            fa[i] = (next() >> 8) / 4096.0f + 1.5f; fb[i] = (next() >> 8) / 8192.0f + 3.25f;
            da[i] = (next() >> 4) / 65536.0 + 1.5; db[i] = (next() >> 4) / 131072.0 + 3.25;
            la[i] = ((long) next() << 32) ^ next(); lb[i] = (((long) next() << 32) ^ next()) >>> (i & 31) | 1;
        }
        mark("base");  for (int i = 0; i < N; i++) fr[i] = fa[i];
        mark("fadd");  for (int i = 0; i < N; i++) fr[i] = fa[i] + fb[i];
        mark("fmul");  for (int i = 0; i < N; i++) fr[i] = fa[i] * fb[i];
        mark("fdiv");  for (int i = 0; i < N; i++) fr[i] = fa[i] / fb[i];
        mark("dbase"); for (int i = 0; i < N; i++) dr[i] = da[i];
        mark("dadd");  for (int i = 0; i < N; i++) dr[i] = da[i] + db[i];
        mark("dmul");  for (int i = 0; i < N; i++) dr[i] = da[i] * db[i];
        mark("ddiv");  for (int i = 0; i < N; i++) dr[i] = da[i] / db[i];
        mark("sqrt");  for (int i = 0; i < N; i++) dr[i] = Math.sqrt(da[i]);
        mark("lbase"); for (int i = 0; i < N; i++) lr[i] = la[i];
        mark("lmul");  for (int i = 0; i < N; i++) lr[i] = la[i] * lb[i];
        mark("ldiv");  for (int i = 0; i < N; i++) lr[i] = la[i] / lb[i];
        mark("end");
        double s = 0; for (int i = 0; i < N; i++) s += fr[i] + dr[i] + lr[i];
        System.out.println(s);
    }
}
