package rtgo.runtime.classlib.java.lang;

/*
 * TMath: the int members of java.lang.Math that the device supports (static members keep their
 * names and descriptors, docs/abi.md "Class library substitution"). There is no floating point on
 * the device yet, so only the int overloads exist; a call of another overload is a build error.
 * abs(Integer.MIN_VALUE) is Integer.MIN_VALUE, as in the JDK, because -MIN_VALUE overflows back.
 */
public final class TMath {
    private TMath() {}

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }
}
