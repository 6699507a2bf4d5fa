// VM-raised exceptions caught in the same and in calling frames, with HotSpot's messages:
// ArithmeticException, ArrayIndexOutOfBounds (negative, too large), NegativeArraySize (also in a
// multi-dimensional new), NullPointerException (field, call, array, throw null), ClassCastException
// and ArrayStoreException; the faulting store never happens.
public class RuntimeCaught {
    static class Item { int v; Item next; int get() { return v; } }

    static int faults;

    static void attempt(int which) {
        int[] ints = new int[3];
        Item[] items = new Item[2];
        Item item = null;
        int zero = which - which;
        int neg = -which;
        try {
            switch (which) {
                case 1: ints[0] = 7 / zero; break;
                case 2: ints[0] = 7 % zero; break;
                case 3: ints[which] = 1; break;
                case 4: ints[neg] = 1; break;
                case 5: items[5] = new Item(); break;
                case 6: ints = new int[neg]; break;
                case 7: { int[][] g = new int[2][neg]; break; }
                case 8: item.v = 3; break;
                case 9: ints[0] = item.get(); break;
                case 10: ints[0] = items[1].v; break;
                case 11: { Item[] none = null; none[0] = new Item(); break; }
                case 12: { RuntimeException r = null; throw r; }
                case 13: { Object o = items; int[] a = (int[]) o; break; }
                case 14: { Object[] objs = new Integer[1]; objs[0] = "s"; break; }
                case 15: { int len = ((Object[]) null).length; break; }
                case 16: { Item a = new Item(); a.next = new Item(); a.next.next.next = a; break; }
                default: System.out.println(which + ": no fault"); return;
            }
            System.out.println(which + ": NOT REACHED");
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            faults++;
            System.out.println(which + ": " + e.getClass().getSimpleName() + ": " + e.getMessage() + " ints[0]=" + ints[0]);
        } catch (NullPointerException e) {
            faults++;
            System.out.println(which + ": NPE: " + e.getMessage());
        } catch (RuntimeException e) {
            faults++;
            System.out.println(which + ": " + e);
        }
    }

    static int divide(int a, int b) { return a / b; }
    static int viaTwoFrames(int a, int b) { return divide(a, b) + 1; }

    public static void main(String[] args) {
        for (int w = 0; w <= 16; w++) attempt(w);
        System.out.println("faults " + faults);
        int ok = 0, caught = 0;
        for (int b = -2; b <= 2; b++) {
            try {
                ok += viaTwoFrames(100, b);
            } catch (ArithmeticException e) {
                caught++;
            }
        }
        System.out.println("across frames: sum " + ok + " caught " + caught);
        int[] data = { 5, 6, 7 };
        int i = 0, sum = 0;
        try {
            while (true) sum += data[i++];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("loop ended by " + e.getMessage() + " with sum " + sum + " i " + i);
        }
        System.out.println("MIN_VALUE / -1 = " + (Integer.MIN_VALUE / -(data.length - 2)) + ", % = " + (Integer.MIN_VALUE % -(data.length - 2)));
    }
}
