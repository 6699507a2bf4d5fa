// Rejected in milestone 1: allocating an object of a class (only arrays and strings exist so far).
public class NewObject {
    public static void main(String[] a) {
        System.out.println("start");
        Object o = new Object(); // ERROR: new
        System.out.println(o == null);
    }
}
