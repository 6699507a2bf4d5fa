// Stores into arrays whose element class has no subclass go unchecked (the array can only be of
// exactly that class); every other store keeps its aastore check. Here the same arrays are also
// reached through Object[] and a superclass's array type, where the check must still throw
// HotSpot's ArrayStoreException, and a generic helper stores through its erased T[].
public class LeafArrayStores {
    static class Base {
        final int v;

        Base(int v) {
            this.v = v;
        }
    }

    static final class Leaf extends Base {
        Leaf(int v) {
            super(v);
        }
    }

    static final class Other extends Base {
        Other(int v) {
            super(v);
        }
    }

    static <T> void put(T[] a, int i, T v) {
        a[i] = v;
    }

    static void fill(Leaf[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = new Leaf(i * 3);
        }
    }

    static int sum(Base[] a) {
        int s = 0;
        for (Base b : a) {
            s += b == null ? -1 : b.v;
        }
        return s;
    }

    public static void main(String[] args) {
        Leaf[] leaves = new Leaf[6];
        fill(leaves);
        leaves[2] = null;
        System.out.println("leaves " + sum(leaves));
        String[] words = new String[3];
        words[0] = "a";
        words[1] = words[0] + "b";
        System.out.println(String.join(",", words[0], words[1], String.valueOf(words[2])));

        Base[] asBase = leaves;
        try {
            asBase[1] = new Other(7);
            System.out.println("stored");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[] asObjects = leaves;
        try {
            asObjects[0] = "text";
            System.out.println("stored");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            put(asObjects, 3, new Other(1));
            System.out.println("stored");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        put(asObjects, 3, new Leaf(100));
        asBase[4] = new Leaf(50);
        System.out.println("leaves " + sum(leaves));

        Base[] bases = new Base[3];
        bases[0] = new Leaf(1);
        bases[1] = new Other(2);
        bases[2] = new Base(3);
        System.out.println("bases " + sum(bases));
    }
}
