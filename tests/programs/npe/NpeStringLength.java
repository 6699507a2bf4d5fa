// A method called on a null static String. The detail message must be HotSpot's.
public class NpeStringLength {
    static String label;

    public static void main(String[] args) {
        System.out.println("label");
        System.out.println(label.length());
    }
}
