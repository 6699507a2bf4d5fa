// BitSet (set/clear/flip/ranges, next/previous bit, and/or/xor/andNot, size growth, hashCode,
// errors), Collections.shuffle with a seeded Random, Random.nextGaussian, Comparator.comparingLong/Double.
import java.util.*;

public class BitSets {
    record Item(String name, long weight, double price) {}

    public static void main(String[] args) {
        BitSet primes = new BitSet();
        primes.set(2, 100);
        for (int p = 2; p * p < 100; p = primes.nextSetBit(p + 1)) {
            for (int m = p * p; m < 100; m += p) primes.clear(m);
        }
        System.out.println(primes + " " + primes.cardinality() + " " + primes.length() + " " + primes.size() + " " + primes.hashCode());
        BitSet evens = new BitSet(10);
        for (int i = 0; i < 130; i += 2) evens.set(i);
        System.out.println(evens.size() + " " + evens.length() + " " + evens.nextClearBit(0) + " " + evens.previousSetBit(129) + " " + evens.get(64));
        BitSet x = (BitSet) primes.clone();
        x.and(evens);
        System.out.println(x + " " + primes.intersects(evens) + " " + x.equals(primes));
        x.or(primes); x.xor(evens); x.andNot(primes);
        System.out.println(x.cardinality() + " " + x.isEmpty() + " " + x.hashCode());
        x.flip(0, 5);
        System.out.println(x.get(0) + " " + x.nextSetBit(1) + " " + x.previousSetBit(-1));
        try { x.set(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { x.clear(5, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 20; i++) deck.add(i);
        Collections.shuffle(deck, new Random(42));
        System.out.println(deck);
        Random r = new Random(7);
        for (int i = 0; i < 5; i++) System.out.println(r.nextGaussian());
        List<Item> items = new ArrayList<>(List.of(new Item("a", 30, 2.5), new Item("b", 10, 9.75), new Item("c", 30, 1.25)));
        items.sort(Comparator.comparingLong(Item::weight).thenComparingDouble(Item::price));
        System.out.println(items);
        items.sort(Comparator.comparingDouble(Item::price).reversed());
        System.out.println(items);
    }
}
