// A null String array: 'object array'. The detail message must be HotSpot's.
public class NpeObjectLoad {
    static String[] names;

    public static void main(String[] args) {
        System.out.println("names");
        System.out.println(names[0]);
    }
}
