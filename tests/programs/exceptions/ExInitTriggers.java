public class ExInitTriggers {
    static int failures = 3;
    static class ByNew { static { if (failures > 0) throw new IllegalStateException("ByNew"); } int x = 1; }
    static class ByGet { static int v; static { v = 5; if (failures > 0) throw new IllegalStateException("ByGet"); } }
    static class ByPut { static int v; static { if (failures > 0) throw new IllegalStateException("ByPut"); } }
    static class ByCall { static { if (failures > 0) throw new IllegalStateException("ByCall"); } static int f() { return 9; } }
    static class ByArray { static { if (failures > 0) throw new IllegalStateException("ByArray"); } }
    static class Sub extends ByGet { static int w = 3; }

    public static void main(String[] args) {
        int a = 1, b = 2, c = 3, d = 4;
        String s = "s";
        for (int round = 0; round < 2; round++) {
            try {
                a += 10;
                Object o = new ByNew();
                a += 1000;
                System.out.println("new ok " + o);
            } catch (Error e) {
                System.out.println("new: " + e.getClass().getName() + " a=" + a);
            }
            try {
                b += 10;
                int v = ByGet.v;
                b += 1000;
            } catch (Error e) {
                System.out.println("getstatic: " + e.getClass().getName() + " b=" + b);
            }
            try {
                c += 10;
                ByPut.v = 7;
                c += 1000;
            } catch (Error e) {
                System.out.println("putstatic: " + e.getClass().getName() + " c=" + c);
            }
            try {
                d += 10;
                d += ByCall.f();
                d += 1000;
            } catch (Error e) {
                System.out.println("invokestatic: " + e.getClass().getName() + " d=" + d);
            }
            try {
                s += "x";
                ByArray[] arr = new ByArray[2];     // does NOT initialize ByArray
                s += arr.length;
                Object[] objs = arr;                 // nor does a covariant view of it
                s += objs.length + (arr[0] == null ? "n" : "?");
            } catch (Error e) {
                System.out.println("array/class literal: " + e.getClass().getName());
            }
            try {
                int w = Sub.w;                       // initializes ByGet first -> fails
                System.out.println("Sub.w " + w);
            } catch (Error e) {
                System.out.println("subclass: " + e.getClass().getName() + " " + e.getMessage());
            }
            System.out.println("round " + round + " a=" + a + " b=" + b + " c=" + c + " d=" + d + " s=" + s);
        }
    }
}
