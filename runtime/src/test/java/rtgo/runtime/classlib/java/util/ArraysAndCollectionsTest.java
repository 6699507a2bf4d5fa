package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static rtgo.runtime.classlib.java.util.Same.same;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TArrays and TCollections against Arrays and Collections. */
class ArraysAndCollectionsTest {
    @Test
    void sortsMatch() {
        Random r = new Random(9);
        for (int n = 0; n < 300; n += 1 + n / 10) {
            int[] a = new int[n];
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextInt(n + 1) - n / 2;
                if (r.nextInt(20) == 0) {
                    a[i] = r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                }
                s[i] = Integer.toString(r.nextInt(1000), 36) + "#" + i;
            }
            int[] b = a.clone();
            long[] la = new long[n];
            for (int i = 0; i < n; i++) {
                la[i] = ((long) a[i] << 20) ^ r.nextInt();
            }
            long[] lb = la.clone();
            Arrays.sort(la);
            TArrays.sort(lb);
            assertEquals(Arrays.toString(la), TArrays.toString(lb));
            Arrays.sort(a);
            TArrays.sort(b);
            assertEquals(Arrays.toString(a), TArrays.toString(b));
            String[] s2 = s.clone();
            String[] s3 = s.clone();
            String[] s4 = s.clone();
            Arrays.sort(s, (x, y) -> Character.compare(x.charAt(0), y.charAt(0)));
            TArrays.sort(s2, (x, y) -> Character.compare(x.charAt(0), y.charAt(0)));
            assertEquals(Arrays.toString(s), TArrays.toString(s2), "stable sort by first char");
            Arrays.sort(s3);
            TArrays.sort(s4);
            assertEquals(Arrays.toString(s3), TArrays.toString(s4));
            for (int k = -3; k < n + 3; k += 2) {
                assertEquals(Arrays.binarySearch(a, k), TArrays.binarySearch(a, k));
            }
            if (n > 0) {
                assertEquals(Arrays.binarySearch(s3, s3[n / 2]), TArrays.binarySearch(s3, s3[n / 2]));
                assertEquals(Arrays.binarySearch(s3, "zzz"), TArrays.binarySearch(s3, "zzz"));
            }
            assertEquals(Arrays.hashCode(a), TArrays.hashCode(a));
            assertEquals(Arrays.hashCode(s), TArrays.hashCode(s));
        }
    }

    @Test
    void utilitiesMatch() {
        int[] a = {5, 3, 1};
        assertEquals(Arrays.toString(Arrays.copyOf(a, 5)), TArrays.toString(TArrays.copyOf(a, 5)));
        assertEquals(Arrays.toString(Arrays.copyOfRange(a, 1, 4)), TArrays.toString(TArrays.copyOfRange(a, 1, 4)));
        same("copyOfRange", () -> TArrays.copyOfRange(a, 2, 1), () -> Arrays.copyOfRange(a, 2, 1));
        same("fill", () -> {
            TArrays.fill(a, 1, 5, 0);
            return null;
        }, () -> {
            Arrays.fill(a, 1, 5, 0);
            return null;
        });
        same("fill order", () -> {
            TArrays.fill(a, 2, 1, 0);
            return null;
        }, () -> {
            Arrays.fill(a, 2, 1, 0);
            return null;
        });
        assertEquals(Arrays.toString(new char[] {'a', 'b'}), TArrays.toString(new char[] {'a', 'b'}));
        Object[] self = {1, new int[][] {{1, 2}, {}}, null, new String[] {"s"}};
        self[2] = new Object[] {self, "x"};
        assertEquals(Arrays.deepToString(self), TArrays.deepToString(self));
        assertEquals(Arrays.toString((int[]) null), TArrays.toString((int[]) null));
        assertEquals(Arrays.equals(new int[] {1}, new int[] {1}), TArrays.equals(new int[] {1}, new int[] {1}));
        assertEquals(Arrays.hashCode(new long[] {1L << 40, -1}), TArrays.hashCode(new long[] {1L << 40, -1}));
        assertEquals(Arrays.hashCode(new boolean[] {true, false}), TArrays.hashCode(new boolean[] {true, false}));
        Integer[] boxed = {3, 1, 2};
        TList<Integer> tl = TArrays.asList(boxed);
        List<Integer> jl = Arrays.asList(boxed.clone());
        same("asList set", () -> tl.set(0, 9), () -> jl.set(0, 9));
        assertEquals(9, boxed[0]);
        same("asList add", () -> tl.add(1), () -> jl.add(1));
        same("asList get", () -> tl.get(3), () -> jl.get(3));
        same("List.of get", () -> TList.of(1, 2, 3).get(3), () -> List.of(1, 2, 3).get(3));
        same("List.of small get", () -> TList.of(1, 2).get(2), () -> List.of(1, 2).get(2));
        same("List.of null", () -> TList.of(1, null), () -> List.of(1, null));
        same("List.of contains null", () -> TList.of(1).contains(null), () -> List.of(1).contains(null));
        same("emptyList get", () -> TCollections.emptyList().get(0), () -> Collections.emptyList().get(0));
        same("singletonList get", () -> TCollections.singletonList(1).get(1), () -> Collections.singletonList(1).get(1));
        same("nCopies", () -> TCollections.nCopies(3, "x") + " " + TCollections.nCopies(3, "x").get(3),
                () -> Collections.nCopies(3, "x") + " " + Collections.nCopies(3, "x").get(3));
        same("singleton", () -> TCollections.singleton(4) + " " + TCollections.singletonMap("k", 1) + TCollections.emptyMap()
                + TCollections.emptySet(), () -> Collections.singleton(4) + " " + Collections.singletonMap("k", 1)
                + Collections.emptyMap() + Collections.emptySet());
        TArrayList<Integer> t = new TArrayList<>();
        ArrayList<Integer> j = new ArrayList<>();
        Random r = new Random(4);
        for (int i = 0; i < 40; i++) {
            int v = r.nextInt(10);
            t.add(v);
            j.add(v);
        }
        TCollections.sort(t);
        Collections.sort(j);
        assertEquals(j.toString(), t.toString());
        TCollections.reverse(t);
        Collections.reverse(j);
        assertEquals(j.toString(), t.toString());
        TCollections.swap(t, 0, 39);
        Collections.swap(j, 0, 39);
        assertEquals(j.toString(), t.toString());
        TCollections.sort(t, TCollections.reverseOrder());
        Collections.sort(j, Collections.reverseOrder());
        assertEquals(j.toString(), t.toString());
        assertEquals(Collections.max(j) + " " + Collections.min(j) + " " + Collections.frequency(j, 3),
                TCollections.max(t) + " " + TCollections.min(t) + " " + TCollections.frequency(t, 3));
        TList<Integer> tu = TCollections.unmodifiableList(t);
        List<Integer> ju = Collections.unmodifiableList(j);
        same("unmodifiable", () -> tu.add(1), () -> ju.add(1));
        same("unmodifiable set", () -> tu.set(0, 1), () -> ju.set(0, 1));
        same("unmodifiable iterator", () -> {
            TIterator<Integer> it = tu.iterator();
            it.next();
            it.remove();
            return null;
        }, () -> {
            java.util.Iterator<Integer> it = ju.iterator();
            it.next();
            it.remove();
            return null;
        });
        assertEquals(ju.toString() + ju.hashCode() + ju.equals(j), tu.toString() + tu.hashCode() + tu.equals(t));
        THashMap<String, Integer> tm = new THashMap<>();
        java.util.HashMap<String, Integer> jm = new java.util.HashMap<>();
        tm.put("a", 1);
        jm.put("a", 1);
        TMap<String, Integer> tum = TCollections.unmodifiableMap(tm);
        java.util.Map<String, Integer> jum = Collections.unmodifiableMap(jm);
        same("unmodifiable map", () -> tum.put("b", 2), () -> jum.put("b", 2));
        same("unmodifiable entry", () -> tum.entrySet().iterator().next().setValue(3), () -> jum.entrySet().iterator().next().setValue(3));
        assertEquals(jum.toString() + jum.keySet() + jum.values(), tum.toString() + tum.keySet() + tum.values());
    }
}
