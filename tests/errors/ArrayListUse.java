// Rejected in milestone 1: a JDK collection class that has no substitute in the runtime.
import java.util.ArrayList;

public class ArrayListUse {
    public static void main(String[] a) {
        System.out.println("start");
        ArrayList<String> list = new ArrayList<>(); // ERROR: ArrayList
        System.out.println(list == null);
    }
}
