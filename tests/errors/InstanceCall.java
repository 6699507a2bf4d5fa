// Rejected in milestone 1: calling an instance method (no objects of program classes yet). The
// receiver comes from a static field so that no `new` precedes the call.
public class InstanceCall {
    static class Helper {
        int twice(int x) { return 2 * x; }
    }

    static Helper helper;

    public static void main(String[] a) {
        int n = a.length;
        int r = helper.twice(n); // ERROR: instance
        System.out.println(r);
    }
}
