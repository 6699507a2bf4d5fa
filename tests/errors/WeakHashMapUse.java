// Rejected: a JDK collection class that has no substitute in the runtime (ArrayList, HashMap and
// the other core collections have one now).
import java.util.WeakHashMap;

public class WeakHashMapUse {
    public static void main(String[] a) {
        System.out.println("start");
        WeakHashMap<String, String> map = new WeakHashMap<>(); // ERROR: WeakHashMap
        System.out.println(map == null);
    }
}
