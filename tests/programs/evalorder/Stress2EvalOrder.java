// Operand-stack idioms and evaluation order: results of assignments used as values (dup, dup_x1,
// dup_x2 for a[i] += v and a[i]++), chained assignments across static fields and array elements,
// index expressions with side effects, a static array reference read before a call that replaces
// it (the store must go to the old array), x += f() where f changes x (f's write is lost), and
// arguments evaluated left to right with side effects on shared state.
public class Stress2EvalOrder {
    static int[] arr = {10, 20, 30, 40};
    static int x;
    static int y;
    static byte sb;
    static short ss;
    static int trace;

    static int t(int v) {
        trace = trace * 10 + v;
        return v;
    }

    static int replaceArr() {
        arr = new int[] {-1, -2, -3, -4, -5};
        return 99;
    }

    static int bumpX() {
        x += 1000;
        return 7;
    }

    static int three(int a, int b, int c) {
        return a * 100 + b * 10 + c;
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6};
        int i = 2;
        int v1 = a[i] += 5;
        int v2 = a[i]++;
        int v3 = --a[i];
        int v4 = a[i++] = a[i] * 2;
        System.out.println(v1 + " " + v2 + " " + v3 + " " + v4 + " i=" + i + " " + a[0] + a[1] + a[2] + a[3] + a[4] + a[5]);

        int j = 0;
        a[j] = a[j + 1] = a[j + 2] = j = 4;
        System.out.println("chain " + a[0] + " " + a[1] + " " + a[2] + " j=" + j);

        x = y = 17;
        sb = (byte) (ss = (short) (x = 300));
        System.out.println("statics " + x + " " + y + " " + sb + " " + ss);
        sb += 100;
        ss -= 40000;
        byte pre = sb++;
        short pres = --ss;
        System.out.println("narrow " + pre + " " + sb + " " + pres + " " + ss);

        int[] old = arr;
        arr[1] = replaceArr();
        System.out.println("old " + old[0] + " " + old[1] + " new " + arr[0] + " " + arr[1] + " len " + arr.length);
        old = arr;
        arr[2] += replaceArr();
        System.out.println("old " + old[2] + " new " + arr[2]);

        x = 5;
        x += bumpX();
        System.out.println("x " + x);
        x = 5;
        x = bumpX() + x;
        System.out.println("x2 " + x);

        trace = 0;
        int r = three(t(1), t(2), t(3));
        System.out.println("args " + r + " trace " + trace);
        trace = 0;
        int k = 0;
        int s = t(k++) + t(k++) * t(k++) - t(++k);
        System.out.println("order " + s + " trace " + trace + " k " + k);

        int[] b = {0, 1, 2, 3, 4, 5, 6, 7};
        int p = 1;
        b[p] = p = 5;
        System.out.println("b1 " + b[1] + " b5 " + b[5] + " p " + p);
        b[b[2]] = b[2]++ + b[b[3]]++;
        System.out.println("bb " + b[2] + " " + b[3] + " " + b[4]);
        int q = 0;
        b[q++] += b[q++] * 10 + q;
        System.out.println("bq " + b[0] + " " + b[1] + " q " + q);
        int m = 3;
        m = m++ + m++;
        System.out.println("m " + m);
        m = m-- - --m;
        System.out.println("m " + m);
        boolean f1 = false;
        boolean f2 = (f1 = true) & !f1;
        System.out.println("bool " + f1 + " " + f2);
        char c = 'A';
        c += 1;
        c++;
        char d = c++;
        System.out.println("char " + c + d + (char) (c + 1) + (c + 1));
    }
}
