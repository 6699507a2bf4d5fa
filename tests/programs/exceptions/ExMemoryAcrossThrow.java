public class ExMemoryAcrossThrow {
    int f;
    int[] arr = new int[4];
    String s = "init";
    static int sf;
    static String ss = "s-init";

    static void mutateAndThrow(ExMemoryAcrossThrow o, int k) {
        o.f += 10;
        o.arr[1] += 5;
        o.s = "mut" + k;
        sf += 100;
        ss = "ss" + k;
        if (k % 2 == 1) throw new IllegalStateException("k" + k);
    }

    static int throwAfterStore(int[] a, int i, int v) {
        a[i] = v;                 // store happens
        return a[i + 1] / (v - v); // then throws AE (or AIOOBE)
    }

    public static void main(String[] args) {
        ExMemoryAcrossThrow o = new ExMemoryAcrossThrow();
        for (int k = 0; k < 4; k++) {
            int before = o.f;
            int beforeArr = o.arr[1];
            int beforeSf = sf;
            String beforeS = o.s;
            try {
                mutateAndThrow(o, k);
                System.out.println(k + " no throw f=" + o.f + " arr1=" + o.arr[1] + " sf=" + sf + " s=" + o.s + " ss=" + ss);
            } catch (IllegalStateException e) {
                System.out.println(k + " caught: f " + before + "->" + o.f + " arr1 " + beforeArr + "->" + o.arr[1]
                    + " sf " + beforeSf + "->" + sf + " s " + beforeS + "->" + o.s + " ss=" + ss);
            }
        }
        // loop with loads that look invariant but are changed by a call that throws
        int total = 0;
        try {
            for (int i = 0; i < 10; i++) {
                total += o.f + sf + o.arr[1];
                mutateAndThrow(o, i == 6 ? 1 : 2);
            }
        } catch (IllegalStateException e) {
            System.out.println("loop caught total=" + total + " f=" + o.f + " sf=" + sf + " arr1=" + o.arr[1]);
        }
        // store before a throw in the same method
        int[] a = new int[3];
        for (int i = 0; i < 4; i++) {
            try {
                throwAfterStore(a, i, i + 7);
            } catch (ArithmeticException e) {
                System.out.println("AE at " + i + " a=" + a[0] + "," + a[1] + "," + a[2]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("AIOOBE at " + i + " " + e.getMessage() + " a=" + a[0] + "," + a[1] + "," + a[2]);
            }
        }
        // local array element and field writes inside the same try, read in the handler
        int[] local = new int[2];
        try {
            local[0] = 11;
            o.f = 12345;
            sf = 54321;
            local[1] = local[0] / (local[1]);
            local[0] = 99;
        } catch (ArithmeticException e) {
            System.out.println("same-method: local=" + local[0] + "," + local[1] + " f=" + o.f + " sf=" + sf);
        }
        // field read before and after a throwing call that the catcher swallows inside a loop
        int observed = 0;
        for (int i = 0; i < 5; i++) {
            int v1 = o.f;
            try { mutateAndThrow(o, 1); } catch (IllegalStateException e) { }
            int v2 = o.f;
            observed += v2 - v1;
        }
        System.out.println("observed=" + observed + " f=" + o.f);
    }
}
