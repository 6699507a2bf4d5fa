/*
 * aastore checks that rtgo leaves out when the stored value was read from the same array (a
 * shift, a swap, an insertion sort within one covariant array), next to the stores that still need
 * theirs: a value from another array of the same static type, a phi of elements of two arrays, a
 * fresh object; each failing store must throw ArrayStoreException naming the stored class.
 */
public class StoreCheckMoves {
    static void shiftRight(Object[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            a[i] = a[i - 1];
        }
        a[0] = null;
    }

    static void insertionSort(Object[] a) {
        for (int i = 1; i < a.length; i++) {
            Object x = a[i];
            int j = i;
            while (j > 0 && ((Comparable<Object>) a[j - 1]).compareTo(x) > 0) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
    }

    static void copyFirst(Object[] to, Object[] from) {
        to[0] = from[0];
    }

    static void pickInto(Object[] to, Object[] a, Object[] b, boolean first) {
        Object x = first ? a[0] : b[0];
        to[1] = x;
    }

    static void swapWithin(Object[] to, Object[] other, boolean fromOther) {
        Object x = to[0];
        if (fromOther) {
            x = other[0];
        }
        to[0] = to[1];
        to[1] = x;
    }

    static String show(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (Object o : a) {
            sb.append(o).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        Object[] strings = new String[] {"d", "b", "a", "c"};
        insertionSort(strings);
        System.out.println(show(strings));
        shiftRight(strings);
        System.out.println(show(strings));
        Object[] ints = new Integer[] {3, 1, 2};
        insertionSort(ints);
        System.out.println(show(ints));
        try {
            copyFirst(strings, ints);
            System.out.println("no exception");
        } catch (ArrayStoreException e) {
            System.out.println("copyFirst: " + e);
        }
        try {
            pickInto(strings, strings, ints, true);
            System.out.println("pick same: " + show(strings));
            pickInto(strings, strings, ints, false);
            System.out.println("no exception");
        } catch (ArrayStoreException e) {
            System.out.println("pickInto: " + e);
        }
        try {
            swapWithin(strings, ints, false);
            System.out.println("swap: " + show(strings));
            swapWithin(strings, ints, true);
            System.out.println("no exception");
        } catch (ArrayStoreException e) {
            System.out.println("swapWithin: " + e + " " + show(strings));
        }
        try {
            strings[2] = Long.valueOf(4);
        } catch (ArrayStoreException e) {
            System.out.println("fresh: " + e);
        }
        Object[] objects = new Object[] {"x", 1, 2L};
        copyFirst(objects, ints);
        swapWithin(objects, strings, true);
        System.out.println(show(objects));
    }
}
