// Enums: valueOf errors (unknown name, null, wrong case), values() clone independence, enum in switch with default and exhaustive yield, name vs toString override
import java.util.*;
public class E05ValueOf {
    enum Color { RED, GREEN, BLUE; @Override public String toString() { return name().charAt(0) + name().substring(1).toLowerCase(); } }
    enum Size { S, M, L, XL }
    static int price(Size s) { return switch (s) { case S -> 5; case M -> 7; case L -> { int base = 9; yield base + 1; } case XL -> 14; }; }
    static String label(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cool";
            default: return "neutral";
        }
    }
    public static void main(String[] args) {
        String[] names = { "RED", "red", "Green", "BLUE", "", "PURPLE", " RED" };
        for (String n : names) {
            try { Color c = Color.valueOf(n); System.out.println("'" + n + "' -> " + c + " / " + c.name() + " / " + label(c)); }
            catch (IllegalArgumentException e) { System.out.println("'" + n + "' -> " + e.getMessage()); }
        }
        try { Color.valueOf(null); } catch (NullPointerException e) { System.out.println("null -> NPE " + e.getMessage()); }
        try { Enum.valueOf(Size.class, "XXL"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Enum.valueOf(Size.class, "XL") + " " + Size.valueOf("M").compareTo(Size.XL));
        Size[] v = Size.values(); v[0] = Size.XL;
        System.out.println(Arrays.toString(v) + " " + Arrays.toString(Size.values()) + " " + (v == Size.values()));
        int total = 0; for (Size s : Size.values()) total += price(s) * (s.ordinal() + 1);
        System.out.println("total " + total);
        Map<Color, Integer> hm = new HashMap<>();
        for (Color c : Color.values()) hm.put(c, c.name().length());
        System.out.println(new TreeMap<>(hm) + " " + new EnumMap<>(hm));
        Size s = null;
        try { switch (s) { case S -> System.out.println("S"); default -> System.out.println("other"); } }
        catch (NullPointerException e) { System.out.println("switch on null enum -> NPE"); }
        Object o = Color.GREEN;
        String d = switch (o) { case Color c when c == Color.RED -> "red!"; case Color c -> "color " + c.ordinal(); case Size z -> "size"; default -> "?"; };
        System.out.println(d + " " + (o instanceof Enum<?> en ? en.name() : "") + " " + (o instanceof Comparable<?>));
        List<Enum<?>> mixed = List.of(Color.BLUE, Size.S, Color.RED, Size.XL);
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : mixed) sb.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name()).append('#').append(e.ordinal()).append(' ');
        System.out.println(sb);
    }
}
