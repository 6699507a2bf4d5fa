// charAt on a null parameter. The detail message must be HotSpot's.
public class NpeStringCharAt {
    static char first(String s) {
        return s.charAt(0);
    }

    public static void main(String[] args) {
        System.out.println(first("pico"));
        System.out.println(first(null));
    }
}
