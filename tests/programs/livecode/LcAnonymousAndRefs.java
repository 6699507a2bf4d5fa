// Anonymous classes and method references as the only implementations of their interfaces and
// overrides: Comparable implemented anonymously and sorted by the library, bound and unbound
// references to Object methods (toString, hashCode, equals), and a constructor reference.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

public class LcAnonymousAndRefs {
    static abstract class Item implements Comparable<Item> {
        abstract int weight();

        public int compareTo(Item o) {
            return Integer.compare(weight(), o.weight());
        }
    }

    static Item item(int w) {
        return new Item() {
            int weight() {
                return w;
            }

            @Override
            public String toString() {
                return "item" + w;
            }
        };
    }

    static final class Tag {
        final String t;

        Tag(String t) {
            this.t = t;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tag other && other.t.equals(t);
        }

        @Override
        public int hashCode() {
            return t.length();
        }

        @Override
        public String toString() {
            return "#" + t;
        }
    }

    public static void main(String[] args) {
        Item[] items = { item(5), item(1), item(3) };
        Arrays.sort(items);
        System.out.println(Arrays.toString(items));
        Function<Object, String> str = Object::toString;
        ToIntFunction<Object> hash = Object::hashCode;
        BiPredicate<Object, Object> eq = Object::equals;
        Tag a = new Tag("ab");
        Supplier<String> bound = a::toString;
        System.out.println(str.apply(a) + " " + hash.applyAsInt(a) + " " + eq.test(a, new Tag("ab")) + " " + eq.test(a, "ab") + " " + bound.get());
        Function<String, Tag> make = Tag::new;
        IntFunction<Tag[]> arrays = Tag[]::new;
        Tag[] tags = arrays.apply(2);
        tags[0] = make.apply("x");
        tags[1] = make.apply("yy");
        List<Object> objs = new ArrayList<>(Arrays.asList(tags));
        objs.add(items[0]);
        System.out.println(objs + " " + objs.indexOf(new Tag("yy")) + " " + objs.contains(new Tag("z")));
    }
}
