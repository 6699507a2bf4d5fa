// An interface call on a null static field: no class implements the interface, so the interface
// table has no colour for it and the call must never be reached: the null check throws first.
public class NpeInterfaceCall {
    interface Shape {
        int area();
    }

    static Shape shape;

    public static void main(String[] a) {
        System.out.println("start");
        int r = shape.area();
        System.out.println(r);
    }
}
