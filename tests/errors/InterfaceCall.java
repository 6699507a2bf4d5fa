// Rejected in milestone 1: an interface method call (invokeinterface; no interfaces yet).
public class InterfaceCall {
    interface Shape {
        int area();
    }

    static Shape shape;

    public static void main(String[] a) {
        System.out.println("start");
        int r = shape.area(); // ERROR: interface
        System.out.println(r);
    }
}
