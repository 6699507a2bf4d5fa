// A local that holds null: HotSpot names it. The detail message must be HotSpot's.
public class NpeLocalLoad {
    static int[] none() { return null; }

    public static void main(String[] args) {
        int[] a = none();
        System.out.println("loading");
        System.out.println(a[0]);
    }
}
