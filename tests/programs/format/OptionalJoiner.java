// java.util.Optional, OptionalInt, OptionalLong and StringJoiner with lambdas and method
// references: map/flatMap/filter/or chains, orElse/orElseGet/orElseThrow, ifPresent(OrElse),
// equality and toString; a joiner's prefix, suffix, empty value, length and merge.
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

public class OptionalJoiner {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static OptionalInt firstEven(int[] values) {
        for (int v : values) {
            if (v % 2 == 0) {
                return OptionalInt.of(v);
            }
        }
        return OptionalInt.empty();
    }

    public static void main(String[] args) {
        for (String s : new String[] {"12", "x", "-7", "0"}) {
            Optional<Integer> p = parse(s);
            System.out.println(p + " " + p.isPresent() + " " + p.isEmpty() + " " + p.map(v -> v * 2) + " "
                    + p.filter(v -> v > 0).map(String::valueOf).orElse("none") + " "
                    + p.flatMap(v -> v == 0 ? Optional.empty() : Optional.of(100 / v)) + " "
                    + p.or(() -> Optional.of(-1)).get() + " " + p.orElseGet(() -> 99));
            p.ifPresentOrElse(v -> System.out.println("  value " + v), () -> System.out.println("  nothing"));
            p.ifPresent(v -> System.out.println("  present " + v));
        }
        Optional<String> name = Optional.ofNullable(null);
        System.out.println(name + " " + (name == Optional.<String>empty()) + " " + name.equals(Optional.empty())
                + " " + Optional.of("a").equals(Optional.of("a")) + " " + Optional.of("a").hashCode() + " " + name.hashCode());
        try {
            name.get();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        try {
            name.orElseThrow(() -> new IllegalStateException("missing name"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null): NullPointerException");
        }
        OptionalInt even = firstEven(new int[] {3, 5, 8, 10});
        OptionalInt none = firstEven(new int[] {1, 3});
        System.out.println(even + " " + none + " " + even.getAsInt() + " " + none.orElse(-1) + " "
                + none.orElseGet(() -> 42) + " " + even.equals(OptionalInt.of(8)) + " " + even.hashCode());
        try {
            none.getAsInt();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        OptionalLong big = OptionalLong.of(1L << 40);
        System.out.println(big + " " + OptionalLong.empty() + " " + big.getAsLong() + " " + big.hashCode()
                + " " + OptionalLong.empty().orElse(7L));
        big.ifPresent(v -> System.out.println("long " + (v >> 20)));

        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println(j + " " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println(j + " " + j.length());
        j.add("a").add(null).add("");
        System.out.println(j + " " + j.length());
        StringJoiner k = new StringJoiner("-");
        k.add("x").add("y");
        j.merge(k);
        System.out.println(j);
        j.merge(j);
        System.out.println(j + " " + j.length());
        StringJoiner plain = new StringJoiner("/");
        for (int i = 0; i < 5; i++) {
            plain.add(Integer.toString(i * i));
        }
        System.out.println(plain);
        try {
            new StringJoiner(",", null, "]");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
