// A virtual call on a null static field: no instance of the class is ever created, so the closed
// world has no implementation to call, and the null check must still throw with HotSpot's message.
public class NpeInstanceCall {
    static class Helper {
        int twice(int x) { return 2 * x; }
    }

    static Helper helper;

    public static void main(String[] a) {
        int n = a.length;
        int r = helper.twice(n);
        System.out.println(r);
    }
}
