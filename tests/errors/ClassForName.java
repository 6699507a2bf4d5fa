// Rejected: loading a class by name (no class loading on the device: every class is in the image).
public class ClassForName {
    public static void main(String[] a) throws Exception {
        System.out.println("start");
        Class<?> c = Class.forName("java.util.ArrayList"); // ERROR: forName
        System.out.println(c.getName());
    }
}
