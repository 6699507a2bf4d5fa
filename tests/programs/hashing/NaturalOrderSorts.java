/*
 * List.sort(null) and Collections.sort through natural order, which dispatches on the element's
 * class: Strings, Integers (equal values of different identity stay in order: the sort is stable),
 * Longs, Characters, Booleans, Doubles (NaN, -0.0 and 0.0 as Double.compareTo orders them), Floats,
 * enum constants and a program's Comparable class; a null element and a mix of classes throw.
 */
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class NaturalOrderSorts {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    record Version(int major, int minor) implements Comparable<Version> {
        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }
    }

    public static void main(String[] args) {
        List<String> words = new ArrayList<>(List.of("pear", "Apple", "fig", "apple", "", "banana", "Fig"));
        words.sort(null);
        System.out.println(words);

        List<Integer> ints = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ints.add((i * 7919) % 23 - 11 + (i % 2) * 1000);
        }
        Integer big1 = 5000;
        Integer big2 = 5000;
        ints.add(big2);
        ints.add(0, big1);
        Collections.sort(ints);
        System.out.println(ints);
        int first = ints.indexOf(5000);
        System.out.println((ints.get(first) == big1) + " " + (ints.get(first + 1) == big2));

        List<Long> longs = new ArrayList<>(List.of(5L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0L));
        longs.sort(null);
        System.out.println(longs);
        List<Character> chars = new ArrayList<>(List.of('z', 'A', 'a', '0', '\u00e9'));
        chars.sort(null);
        System.out.println(chars);
        List<Boolean> bools = new ArrayList<>(List.of(true, false, true, false));
        bools.sort(null);
        System.out.println(bools);
        List<Double> doubles = new ArrayList<>(List.of(1.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -2.0));
        doubles.sort(null);
        System.out.println(doubles);
        List<Float> floats = new ArrayList<>(List.of(1.5f, Float.NaN, -0.0f, 0.0f, -3f));
        floats.sort(null);
        System.out.println(floats);
        List<Suit> suits = new ArrayList<>(List.of(Suit.SPADES, Suit.CLUBS, Suit.HEARTS, Suit.DIAMONDS));
        suits.sort(null);
        System.out.println(suits);
        List<Version> versions = new ArrayList<>(List.of(new Version(1, 10), new Version(1, 2), new Version(0, 9)));
        versions.sort(null);
        System.out.println(versions);
        Object[] arr = {"b", "a", "c"};
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr));

        List<Integer> withNull = new ArrayList<>(Arrays.asList(3, null, 1));
        try {
            withNull.sort(null);
            System.out.println("sorted " + withNull);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        List<Object> mixed = new ArrayList<>(List.of(1, "one"));
        try {
            mixed.sort(null);
            System.out.println("sorted " + mixed);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }
}
