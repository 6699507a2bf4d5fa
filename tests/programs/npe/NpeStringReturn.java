// A method called on a method's null result. The detail message must be HotSpot's.
public class NpeStringReturn {
    static String name(int k) {
        return k == 0 ? "zero" : null;
    }

    public static void main(String[] args) {
        System.out.println(name(0).isEmpty());
        System.out.println(name(1).isEmpty());
    }
}
