// Exception classes that only the runtime instantiates (failed division, bounds, null, cast, array
// store and negative-size checks), caught by the program and used through virtual calls: toString,
// getMessage and getClass.
public class LcRuntimeMadeExceptions {
    static Object[] store = new Integer[2];

    static void trigger(int k, int[] arr, Object o) {
        switch (k) {
            case 0 -> System.out.println(10 / (k * arr.length));
            case 1 -> System.out.println(arr[k + 5]);
            case 2 -> System.out.println(((int[]) o).length);
            case 3 -> store[0] = "s";
            case 4 -> System.out.println(new int[k - 10].length);
            default -> System.out.println(((String) o).length());
        }
    }

    public static void main(String[] args) {
        int[] arr = new int[3];
        for (int k = 0; k < 6; k++) {
            try {
                trigger(k, arr, k == 5 ? (Object) Integer.valueOf(1) : null);
            } catch (RuntimeException e) {
                Throwable t = e;
                String msg = t.getMessage();
                System.out.println(k + " " + t.getClass().getSimpleName() + " | "
                    + (msg == null ? "null" : msg.length() > 40 ? msg.substring(0, 40) : msg)
                    + " | " + t.toString().startsWith(t.getClass().getName()));
            }
        }
    }
}
