// Rejected in milestone 1: autoboxing (Integer.valueOf creates objects; no substitute yet).
public class Boxing {
    public static void main(String[] a) {
        System.out.println("start");
        Integer boxed = a.length; // ERROR: Integer
        System.out.println(boxed == null);
    }
}
