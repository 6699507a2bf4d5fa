// The library calling a program's implementations of its interfaces: an AbstractList whose get/size
// only List.toString, equals, hashCode, iteration and containsAll call, a CharSequence appended to a
// StringBuilder and compared, and an Iterable with forEach's default.
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public class LcCustomCollections {
    static final class Squares extends AbstractList<Integer> {
        final int n;

        Squares(int n) {
            this.n = n;
        }

        @Override
        public Integer get(int i) {
            return i * i;
        }

        @Override
        public int size() {
            return n;
        }
    }

    static final class Repeat implements CharSequence {
        final char c;
        final int n;

        Repeat(char c, int n) {
            this.c = c;
            this.n = n;
        }

        public int length() {
            return n;
        }

        public char charAt(int i) {
            return c;
        }

        public CharSequence subSequence(int s, int e) {
            return new Repeat(c, e - s);
        }

        @Override
        public String toString() {
            return String.valueOf(c).repeat(n);
        }
    }

    static final class Countdown implements Iterable<Integer> {
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int k = 3;

                public boolean hasNext() {
                    return k > 0;
                }

                public Integer next() {
                    return k--;
                }
            };
        }
    }

    static boolean same(String a, Repeat b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        List<Integer> sq = new Squares(5);
        List<Integer> copy = new ArrayList<>(sq);
        System.out.println(sq + " " + sq.equals(copy) + " " + (sq.hashCode() == copy.hashCode()) + " " + copy.containsAll(sq)
            + " " + sq.indexOf(9) + " " + sq.subList(1, 3));
        Repeat r = new Repeat('z', 3);
        StringBuilder sb = new StringBuilder().append(r).append('|').append(r.subSequence(1, 2));
        System.out.println(sb + " " + same("zzz", r) + " " + String.join("-", r, "a", r));
        new Countdown().forEach(i -> System.out.print(i + " "));
        for (int i : new Countdown()) {
            System.out.print(i * 10 + " ");
        }
        System.out.println();
    }
}
