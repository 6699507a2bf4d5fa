// A class literal of an array type (int[].class) is a build error on the device
// ("class literals and other constants ([I) is not supported"), e.g. to lock it.
public class ArrayClassLiteral {
    public static void main(String[] args) {
        Object c = int[].class;
        synchronized (c) {
            System.out.println("locked " + c.getClass().getName());
        }
    }
}
