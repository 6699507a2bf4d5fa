// Collections: inventory simulation with EnumMap categories, HashMap stock, restock PriorityQueue, custom exception on shortage
import java.util.*;
public class C08Inventory {
    enum Cat { FOOD, TOOL, TOY }
    record Item(String sku, Cat cat, long priceCents) {}
    static class OutOfStock extends Exception {
        final String sku; final int want, have;
        OutOfStock(String sku, int want, int have) { super(sku + ": want " + want + ", have " + have); this.sku = sku; this.want = want; this.have = have; }
    }
    static final Map<String, Item> catalog = new LinkedHashMap<>();
    static final Map<String, Integer> stock = new HashMap<>();
    static final EnumMap<Cat, Long> revenue = new EnumMap<>(Cat.class);
    static final PriorityQueue<Map.Entry<String, Integer>> restock = new PriorityQueue<>(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    static void add(String sku, Cat c, long p, int qty) { catalog.put(sku, new Item(sku, c, p)); stock.put(sku, qty); }
    static long sell(String sku, int qty) throws OutOfStock {
        Item it = catalog.get(sku);
        if (it == null) throw new NoSuchElementException("no sku " + sku);
        int have = stock.getOrDefault(sku, 0);
        if (have < qty) throw new OutOfStock(sku, qty, have);
        stock.put(sku, have - qty);
        long amount = it.priceCents() * qty;
        revenue.merge(it.cat(), amount, Long::sum);
        if (have - qty < 3) restock.add(Map.entry(sku, have - qty));
        return amount;
    }
    static String money(long cents) { return (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100); }
    public static void main(String[] args) {
        add("apple", Cat.FOOD, 45, 20); add("bread", Cat.FOOD, 325, 5); add("hammer", Cat.TOOL, 1999, 3);
        add("saw", Cat.TOOL, 2450, 2); add("yoyo", Cat.TOY, 199, 10); add("kite", Cat.TOY, 1500, 1);
        String[] orders = { "apple:5", "bread:4", "hammer:1", "kite:2", "yoyo:9", "ghost:1", "saw:2", "apple:16", "bread:1", "yoyo:1", "apple:15" };
        long total = 0; int failed = 0;
        for (String o : orders) {
            String[] p = o.split(":");
            try {
                long amt = sell(p[0], Integer.parseInt(p[1]));
                total += amt;
                System.out.println("sold " + o + " for " + money(amt));
            } catch (OutOfStock e) {
                failed++;
                System.out.println("shortage " + e.getMessage() + " (" + e.sku + "," + (e.want - e.have) + " short)");
            } catch (NoSuchElementException e) {
                failed++;
                System.out.println("unknown: " + e.getMessage());
            }
        }
        System.out.println("total " + money(total) + " failed " + failed + " revenue " + revenue);
        System.out.println("stock " + new TreeMap<>(stock));
        while (!restock.isEmpty()) { var e = restock.poll(); System.out.print(e.getKey() + "(" + e.getValue() + ") "); }
        System.out.println();
        Map<Cat, List<String>> byCat = new EnumMap<>(Cat.class);
        for (Item it : catalog.values()) byCat.computeIfAbsent(it.cat(), k -> new ArrayList<>()).add(it.sku());
        System.out.println(byCat);
        long value = 0;
        for (var e : stock.entrySet()) value += catalog.get(e.getKey()).priceCents() * e.getValue();
        System.out.println("inventory value " + money(value) + " " + money(-12345) + " " + money(7));
    }
}
