// A static field inherited from an interface and named through an implementing class
// (Limits.MAX, declared in Bounds): javac emits getstatic Stress3InterfaceFieldViaClass$Limits.MAX,
// and field resolution finds it in the superinterface (JVMS 5.4.3.2), initialising only Bounds.
// The read past the end of the array then fails as usual.
public class Stress3InterfaceFieldViaClass {
    interface Bounds {
        int[] MAX = {10, 20};
    }

    static class Limits implements Bounds {
        static int count = 2;
    }

    public static void main(String[] args) {
        System.out.println("count " + Limits.count);
        for (int i = 0; i <= Limits.count; i++) {
            System.out.println("max " + Limits.MAX[i]);
        }
    }
}
