// Rejected: creating an object of a JDK class that has no substitute in the runtime yet (java.lang.Object).
public class NewObject {
    public static void main(String[] a) {
        System.out.println("start");
        Object o = new Object(); // ERROR: JDK objects
        System.out.println(o == null);
    }
}
