public class ExLiveLocals {
    static int depthReached;

    static int thrower(int d, int a, int b, String s, int[] arr) {
        int x = a * 3 + b;
        int y = x ^ d;
        String t = s + d;
        arr[d % arr.length] += y;
        depthReached = d;
        if (d == 0) {
            if ((x & 1) == 0) throw new IllegalStateException("bottom " + t + " x=" + x);
            throw new IllegalArgumentException("odd " + t + " y=" + y);
        }
        int r = thrower(d - 1, x % 1000, y % 777, t, arr);
        return r + x + y + t.length();  // never reached
    }

    static int mid(int n, int k) {
        int m1 = n + 1, m2 = n * 2, m3 = n - 7;
        char c = (char) ('a' + n);
        short sh = (short) (n * 1000);
        byte by = (byte) (n * 50);
        boolean flag = (n & 1) == 1;
        int[] arr = new int[5];
        Object o = "obj" + n;
        try {
            int r = thrower(k, m1, m2, "s", arr);
            System.out.println("not reached " + r);
        } catch (IllegalStateException e) {
            System.out.println("  mid ISE: " + e.getMessage());
            m1 += 100;
        } finally {
            m3 += 1000;
        }
        System.out.println("  mid locals: " + m1 + " " + m2 + " " + m3 + " " + c + " " + sh + " " + by + " " + flag + " " + o);
        int s = 0;
        for (int i = 0; i < arr.length; i++) s += arr[i];
        return m1 + m2 + m3 + c + sh + by + (flag ? 1 : 0) + s;
    }

    public static void main(String[] args) {
        int a0 = 11, a1 = 22, a2 = 33, a3 = 44, a4 = 55, a5 = 66, a6 = 77, a7 = 88;
        int a8 = 99, a9 = 110, a10 = 121, a11 = 132, a12 = 143, a13 = 154;
        String s0 = "alpha", s1 = "beta";
        StringBuilder sb = new StringBuilder("sb:");
        int[] ia = {1, 2, 3};
        Object[] oa = {"x", null, ia};
        char ch = 'Q';
        boolean bo = true;
        String dummyAvoid = "";
        int total = 0;
        for (int n = 0; n < 12; n++) {
            a0 += n; a5 ^= n; a9 -= n; a13 = a13 * 3 % 1009;
            sb.append(n);
            try {
                total += mid(n, n % 6);
                System.out.println("iter " + n + " ok total=" + total);
            } catch (IllegalArgumentException e) {
                System.out.println("iter " + n + " IAE " + e.getMessage() + " depth=" + depthReached);
                total -= n;
                a1 += 2; a7 += a1;
            } catch (RuntimeException e) {
                System.out.println("iter " + n + " RTE " + e);
            }
            System.out.println("  main locals " + a0 + "," + a1 + "," + a2 + "," + a3 + "," + a4 + "," + a5 + "," + a6 + "," + a7
                + "," + a8 + "," + a9 + "," + a10 + "," + a11 + "," + a12 + "," + a13 + " " + s0 + s1 + " " + sb + " " + ia[n % 3]
                + " " + oa[0] + oa[1] + " " + ch + bo + " total=" + total);
            ch++;
            bo = !bo;
        }
        System.out.println("final " + total + " " + (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13) + dummyAvoid);
    }
}
