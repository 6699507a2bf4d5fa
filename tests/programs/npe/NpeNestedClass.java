// A static field of a nested class: its binary name. The detail message must be HotSpot's.
public class NpeNestedClass {
    static class Holder {
        static int[] data;
    }

    public static void main(String[] args) {
        System.out.println("holder");
        System.out.println(Holder.data[1]);
    }
}
