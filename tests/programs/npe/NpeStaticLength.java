// The length of a static array that was never assigned. The detail message must be HotSpot's.
public class NpeStaticLength {
    static int[] table;

    public static void main(String[] args) {
        System.out.println("length");
        System.out.println(table.length);
    }
}
