// Found a defect: equals, hashCode and String.valueOf on a Class (a type descriptor on the device) crashed the emulator.
// Reduced: calling equals/hashCode on a java.lang.Class object (or toString via String.valueOf(Object)) builds but crashes the device
public class ClassObjects {
    static class A {}
    public static void main(String[] args) {
        A a = new A();
        System.out.println("1 " + (a.getClass() == A.class));
        System.out.println("2 " + a.getClass().equals(A.class));
        System.out.println("3 " + (A.class.hashCode() == A.class.hashCode()));
        System.out.println("4 " + String.valueOf((Object) A.class));
    }
}
