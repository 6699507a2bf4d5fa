// Enums: EnumMap as counters and nested EnumMap<EnumMap>, iteration order by ordinal, putAll/remove/containsValue, crafting recipes
import java.util.*;
public class E07EnumMapInventory {
    enum Res { WOOD, STONE, IRON, GOLD, GEM }
    enum Item {
        PLANK(Map.of(Res.WOOD, 1)), TOOL(Map.of(Res.WOOD, 2, Res.IRON, 1)), WALL(Map.of(Res.STONE, 4)),
        RING(Map.of(Res.GOLD, 2, Res.GEM, 1)), CROWN(Map.of(Res.GOLD, 5, Res.GEM, 3, Res.IRON, 1));
        final EnumMap<Res, Integer> cost;
        Item(Map<Res, Integer> c) { cost = new EnumMap<>(c); }
    }
    static boolean craft(EnumMap<Res, Integer> inv, Item it) {
        for (var e : it.cost.entrySet()) if (inv.getOrDefault(e.getKey(), 0) < e.getValue()) return false;
        it.cost.forEach((r, n) -> { int left = inv.get(r) - n; if (left == 0) inv.remove(r); else inv.put(r, left); });
        return true;
    }
    public static void main(String[] args) {
        EnumMap<Res, Integer> inv = new EnumMap<>(Res.class);
        Random rnd = new Random(5);
        for (int i = 0; i < 40; i++) inv.merge(Res.values()[rnd.nextInt(5)], 1 + rnd.nextInt(3), Integer::sum);
        System.out.println("start " + inv);
        for (Item it : Item.values()) System.out.println(it + " costs " + it.cost);
        EnumMap<Item, Integer> made = new EnumMap<>(Item.class);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int k = Item.values().length - 1; k >= 0; k--) {
                Item it = Item.values()[k];
                if (craft(inv, it)) { made.merge(it, 1, Integer::sum); progress = true; break; }
            }
        }
        System.out.println("made " + made + " left " + inv + " hasZero " + inv.containsValue(0) + " hasIron " + inv.containsKey(Res.IRON));
        EnumMap<Res, EnumMap<Item, Integer>> usage = new EnumMap<>(Res.class);
        for (Item it : Item.values()) for (var e : it.cost.entrySet()) usage.computeIfAbsent(e.getKey(), r -> new EnumMap<>(Item.class)).put(it, e.getValue());
        System.out.println(usage);
        EnumMap<Res, Integer> copy = new EnumMap<>(inv);
        copy.putAll(Map.of(Res.GEM, 99));
        copy.replaceAll((r, n) -> n * 10 + r.ordinal());
        System.out.println(copy + " " + inv + " " + copy.equals(inv) + " " + new EnumMap<>(inv).equals(inv) + " keys " + copy.keySet() + " vals " + copy.values());
        int value = 0;
        for (Map.Entry<Res, Integer> e : copy.entrySet()) value += (e.getKey().ordinal() + 1) * e.getValue();
        System.out.println("value " + value + " size " + copy.size());
    }
}
