// Class literals of JDK classes (IllegalStateException.class, Integer.class, String.class), as
// assertThrows(X.class, ...) passes them: identity with getClass(), getName, getCanonicalName,
// getSimpleName and Class.isInstance, for JDK and program classes, nested ones and arrays.
public class JdkClassLiterals {
    static class Inner extends RuntimeException {}

    static String check(Class<?> c, Object o) {
        return c.getName() + " " + c.getSimpleName() + " " + c.getCanonicalName() + " " + c.isInstance(o);
    }

    public static void main(String[] args) {
        Object ise = new IllegalStateException("x");
        System.out.println("1 " + (ise.getClass() == IllegalStateException.class));
        System.out.println("2 " + check(IllegalStateException.class, ise));
        System.out.println("3 " + check(RuntimeException.class, ise));
        System.out.println("4 " + check(IllegalArgumentException.class, ise));
        System.out.println("5 " + check(Integer.class, 3));
        System.out.println("6 " + check(Integer.class, 3L));
        System.out.println("7 " + check(String.class, "s"));
        System.out.println("8 " + check(String.class, null));
        System.out.println("9 " + check(Inner.class, new Inner()));
        System.out.println("10 " + check(Throwable.class, new Inner()));
        System.out.println("11 " + new int[0].getClass().getCanonicalName() + " " + new String[0][0].getClass().getCanonicalName());
        Runnable r = () -> { };
        System.out.println("12 " + (r.getClass().getCanonicalName() == null));
        System.out.println("13 " + (Integer.valueOf(7).getClass() == Integer.class) + " " + (StringBuilder.class == new StringBuilder().getClass()));
    }
}
