// Object methods on once-made arrays: clone (a new heap array), Arrays.copyOf/equals/hashCode/
// fill/sort, identity hash stability, getClass, instanceof through Object, synchronized on the
// array, and equals against a clone.
import java.util.Arrays;

public class OaObjectMethods {
    public static void main(String[] args) {
        int[] a = new int[6];
        for (int i = 0; i < a.length; i++) {
            a[i] = 6 - i;
        }
        int[] c = a.clone();
        System.out.println((c == a) + " " + c.equals(a) + " " + Arrays.equals(a, c) + " " + Arrays.toString(c));
        c[0] = 42;
        System.out.println(a[0] + " " + c[0]);
        int[] longer = Arrays.copyOf(a, 8);
        System.out.println(Arrays.toString(longer) + " " + Arrays.hashCode(a) + " " + Arrays.hashCode(longer));
        int id1 = System.identityHashCode(a);
        int id2 = a.hashCode();
        Arrays.sort(a);
        System.out.println((id1 == id2) + " " + (id1 == System.identityHashCode(a)) + " " + Arrays.toString(a));
        Object o = a;
        System.out.println(o.getClass().getName() + " " + (o instanceof int[]) + " " + (o instanceof long[])
            + " " + ((int[]) o).length + " " + o.equals(a));
        synchronized (a) {
            a[1] += 100;
        }
        System.out.println(a[1]);
        char[] letters = new char[5];
        Arrays.fill(letters, 'z');
        letters[2] = 'a';
        System.out.println(new String(letters) + " " + String.valueOf(letters, 1, 3) + " " + letters.clone().length);
        boolean[] flags = new boolean[3];
        flags[1] = true;
        System.out.println(Arrays.toString(flags) + " " + Arrays.equals(flags, new boolean[] { false, true, false }));
        long[] big = new long[2];
        big[0] = Long.MIN_VALUE;
        big[1] = -1L;
        System.out.println(Arrays.toString(Arrays.copyOfRange(big, 0, 3)) + " " + Arrays.hashCode(big));
    }
}
