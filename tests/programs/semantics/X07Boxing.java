// Extra: boxing corner cases: boxed ++/+= on locals/fields/map values, Long/Double/Float/Character/Short/Byte as map keys (NaN, -0.0), identity vs equals outside caches, mixed-type equals
import java.util.*;
public class X07Boxing {
    static Integer boxedField = 0;
    static Long boxedLong = Long.MAX_VALUE - 2;
    public static void main(String[] args) {
        Integer i = 5; i++; i += 10; i = -i;
        Long l = 1L; for (int k = 0; k < 40; k++) l <<= 1; l--;
        Double d = 0.1; d *= 3; d /= 0;
        Character c = 'a'; c++;
        Short s = 10; s = (short) (s * 1000);
        Byte b = 100; b = (byte) (b + b);
        boxedField += 7; boxedField++; boxedLong++; boxedLong++;
        System.out.println(i + " " + l + " " + d + " " + c + " " + s + " " + b + " " + boxedField + " " + boxedLong + " " + (boxedLong + 1));
        Map<Double, String> dm = new HashMap<>();
        dm.put(0.0, "pos0"); dm.put(-0.0, "neg0"); dm.put(Double.NaN, "nan1"); dm.put(0.0 / 0.0, "nan2"); dm.put(1e-320, "sub");
        System.out.println(dm.size() + " " + dm.get(0.0) + " " + dm.get(-0.0) + " " + dm.get(Double.NaN) + " " + new TreeMap<>(dm));
        Map<Float, Integer> fm = new TreeMap<>();
        for (float f : new float[] { 1f, -0f, 0f, Float.NaN, Float.NEGATIVE_INFINITY, 1f, Float.NaN }) fm.merge(f, 1, Integer::sum);
        System.out.println(fm);
        Map<Long, Long> lm = new HashMap<>();
        for (long k = -3; k <= 3; k++) lm.merge(k * (1L << 33), k, Long::sum);
        for (long k = -3; k <= 3; k++) lm.put(k * (1L << 33), lm.get(k * (1L << 33)) + 100L);
        System.out.println(new TreeMap<>(lm));
        Map<Character, Integer> cm = new TreeMap<>();
        for (char ch : "mississippi".toCharArray()) cm.put(ch, cm.getOrDefault(ch, 0) + 1);
        System.out.println(cm);
        Long a1 = 127L, a2 = 127L, b1 = 128L, b2 = 128L;
        Integer x = 1000, y = 1000;
        System.out.println((a1 == a2) + " " + b1.equals(b2) + " " + x.equals(y) + " " + (x.intValue() == y) + " " + Long.valueOf(5).equals(Integer.valueOf(5)) + " " + Integer.valueOf(5).equals((short) 5));
        System.out.println(Objects.equals(1L, 1) + " " + Objects.equals(1.0, 1.0) + " " + new HashSet<Object>(List.of(1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', "1")).size());
        List<Object> mixed = new ArrayList<>(List.of(1, 2L, 3.0, 4.0f, (short) 5, (byte) 6, '7', true));
        long sum = 0; double dsum = 0;
        for (Object o : mixed) {
            if (o instanceof Integer n) sum += n; else if (o instanceof Long n) sum += n; else if (o instanceof Double n) dsum += n; else if (o instanceof Float n) dsum += n;
            else if (o instanceof Short n) sum += n; else if (o instanceof Byte n) sum += n; else if (o instanceof Character ch) sum += ch; else if (o instanceof Boolean bo && bo) sum += 1000;
        }
        System.out.println(sum + " " + dsum + " " + mixed);
        List<Integer> li = new ArrayList<>(List.of(10, 20, 30, 40));
        li.remove(1); li.remove(Integer.valueOf(40));
        System.out.println(li + " " + li.indexOf(30) + " " + li.contains(10L));
        Integer nn = null;
        try { int bad = nn + 1; } catch (NullPointerException e) { System.out.println("NPE"); }
        Comparable<Long> cl = 5L;
        System.out.println(cl.compareTo(7L) + " " + Double.valueOf(-0.0).compareTo(0.0) + " " + Character.valueOf('z').compareTo('a') + " " + Boolean.valueOf(true).compareTo(false) + " " + Byte.valueOf((byte) -1).compareTo((byte) 1));
    }
}
