// A null boolean array. The detail message must be HotSpot's.
public class NpeBooleanLoad {
    static boolean[] flags;

    public static void main(String[] args) {
        System.out.println("flags");
        if (flags[3]) {
            System.out.println("set");
        }
    }
}
