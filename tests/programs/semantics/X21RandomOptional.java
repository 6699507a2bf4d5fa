// Extra: java.util.Random sequences for all listed methods (bounded int/long ranges incl. huge bounds, nextBytes, setSeed), Optional/OptionalInt/OptionalLong toString/equals, StringJoiner empty/merge
import java.util.*;
public class X21RandomOptional {
    public static void main(String[] args) {
        Random r = new Random(-42L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(r.nextInt()).append(' ').append(r.nextInt(7)).append(' ').append(r.nextInt(1 << 30)).append(' ').append(r.nextInt(-5, 5)).append(' ').append(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)).append('\n');
        for (int i = 0; i < 6; i++) sb.append(r.nextLong()).append(' ').append(r.nextLong(1000)).append(' ').append(r.nextLong(Long.MAX_VALUE)).append(' ').append(r.nextLong(-10, 10)).append(' ').append(r.nextLong(Long.MIN_VALUE, Long.MAX_VALUE)).append(' ').append(r.nextLong((1L << 40) + 1)).append('\n');
        for (int i = 0; i < 6; i++) sb.append(r.nextDouble()).append(' ').append(r.nextFloat()).append(' ').append(r.nextBoolean()).append('\n');
        byte[] bs = new byte[11]; r.nextBytes(bs);
        sb.append(Arrays.toString(bs)).append('\n');
        r.setSeed(12345);
        sb.append(r.nextInt(100)).append(' ').append(new Random(12345).nextInt(100)).append(' ').append(r.nextInt()).append('\n');
        System.out.print(sb);
        Optional<String> a = Optional.of("x"), e = Optional.empty();
        System.out.println(a + " " + e + " " + a.equals(Optional.of("x")) + " " + e.equals(Optional.ofNullable(null)) + " " + a.hashCode() + " " + e.hashCode() + " " + a.or(() -> Optional.of("y")) + " " + e.or(() -> Optional.of("y")));
        OptionalInt oi = OptionalInt.of(7), oe = OptionalInt.empty();
        OptionalLong ol = OptionalLong.of(1L << 40);
        System.out.println(oi + " " + oe + " " + ol + " " + OptionalLong.empty() + " " + oi.equals(OptionalInt.of(7)) + " " + oi.hashCode() + " " + ol.hashCode() + " " + oe.orElse(-1) + " " + ol.orElseGet(() -> 0));
        StringBuilder side = new StringBuilder();
        oi.ifPresentOrElse(v -> side.append("has").append(v), () -> side.append("none"));
        oe.ifPresentOrElse(v -> side.append("has").append(v), () -> side.append("|none"));
        a.ifPresent(v -> side.append("|").append(v));
        System.out.println(side);
        StringJoiner j1 = new StringJoiner(", ", "{", "}"), j2 = new StringJoiner("-", "[", "]");
        j1.setEmptyValue("EMPTY");
        System.out.println(j1 + " " + j1.length() + " " + j2 + " " + j2.length());
        j2.add("a").add("b");
        j1.merge(j2); j1.add("z");
        System.out.println(j1 + " " + j1.length() + " " + new StringJoiner("/").setEmptyValue("e").add("").toString().isEmpty());
    }
}
