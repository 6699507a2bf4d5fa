// Iterators as inner classes: a growable list whose iterator is an inner class reading the outer
// list's array and modification count through this$0 (fail-fast with a user exception), a filtered
// view as an anonymous class wrapping another iterator, nested iteration of the same list by two
// live iterators, and removal through the iterator adjusting the outer's state.
public class Iterators {
    interface It { boolean hasNext(); int next(); }

    static class ConcurrentChange extends RuntimeException {
        ConcurrentChange(String m) { super(m); }
    }

    static class IntList {
        private int[] data = new int[2];
        private int size, mods;

        void add(int v) {
            if (size == data.length) {
                int[] b = new int[size * 2];
                for (int i = 0; i < size; i++) b[i] = data[i];
                data = b;
            }
            data[size++] = v;
            mods++;
        }

        class Cursor implements It {
            int pos, last = -1;
            final int expected;
            Cursor() { expected = mods; }
            int expectedNow = -1;
            private void check() {
                int want = expectedNow >= 0 ? expectedNow : expected;
                if (mods != want) throw new ConcurrentChange("list changed: mods " + mods + " expected " + want);
            }
            public boolean hasNext() { return pos < size; }
            public int next() { check(); last = pos; return data[pos++]; }
            void remove() {
                check();
                for (int i = last; i < size - 1; i++) data[i] = data[i + 1];
                size--; mods++;
                pos = last; last = -1;
                expectedNow = mods;
            }
        }

        Cursor cursor() { return new Cursor(); }

        It filtered(int modulus) {
            It base = cursor();
            return new It() {
                int pending; boolean ready;
                public boolean hasNext() {
                    while (!ready && base.hasNext()) { int v = base.next(); if (v % modulus == 0) { pending = v; ready = true; } }
                    return ready;
                }
                public int next() { hasNext(); ready = false; return pending; }
            };
        }

        String dump() {
            String s = "";
            for (It it = cursor(); it.hasNext(); ) s += it.next() + " ";
            return s + "(size " + size + ", capacity " + data.length + ")";
        }
    }

    public static void main(String[] args) {
        IntList l = new IntList();
        for (int i = 1; i <= 12; i++) l.add(i * i % 17);
        System.out.println("list " + l.dump());
        String f = "";
        for (It it = l.filtered(2); it.hasNext(); ) f += it.next() + " ";
        System.out.println("even " + f);

        int pairs = 0;
        for (It a = l.cursor(); a.hasNext(); ) {
            int x = a.next();
            for (It b = l.cursor(); b.hasNext(); ) if (x + b.next() == 17) pairs++;
        }
        System.out.println("ordered pairs summing to 17: " + pairs);

        IntList.Cursor c = l.cursor();
        int removed = 0;
        while (c.hasNext()) if (c.next() % 3 == 0) { c.remove(); removed++; }
        System.out.println("removed " + removed + " multiples of 3: " + l.dump());

        try {
            for (It it = l.cursor(); it.hasNext(); ) {
                int v = it.next();
                if (v == 13) l.add(99);
            }
        } catch (ConcurrentChange e) {
            System.out.println("fail-fast: " + e.getMessage());
        }
        IntList.Cursor stale = l.cursor();
        l.add(5);
        try {
            stale.next();
        } catch (ConcurrentChange e) {
            System.out.println("stale cursor: " + e.getMessage());
        }
        System.out.println("final " + l.dump());
    }
}
