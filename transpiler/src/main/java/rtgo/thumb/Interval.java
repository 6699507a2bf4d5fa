package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import rtgo.ir.Insn;

/**
 * The lifetime of one value (or of a physical register's fixed uses) as sorted, disjoint half-open
 * position ranges {@code [from, to)}, plus the positions where it is used. Positions are those of
 * {@link RegAlloc}: instruction k reads its operands at 2k+2 and writes its result at 2k+3.
 */
final class Interval {
    final Insn value;
    /** Ranges in increasing order: from[i] &lt; to[i] &lt;= from[i+1]. Built back to front. */
    private final List<int[]> ranges = new ArrayList<>();
    final List<Integer> uses = new ArrayList<>();
    int reg = -1;
    double weight;
    boolean noSpill;

    Interval(Insn value) {
        this.value = value;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    int start() {
        return ranges.get(0)[0];
    }

    int end() {
        return ranges.get(ranges.size() - 1)[1];
    }

    /** Adds [from, to), merging with the first range; ranges must arrive in non-increasing order. */
    void addRange(int from, int to) {
        if (!ranges.isEmpty()) {
            int[] first = ranges.get(0);
            if (to >= first[0]) {
                first[0] = Math.min(first[0], from);
                first[1] = Math.max(first[1], to);
                // the grown first range may now swallow later ones
                while (ranges.size() > 1 && ranges.get(1)[0] <= first[1]) {
                    first[1] = Math.max(first[1], ranges.remove(1)[1]);
                }
                return;
            }
        }
        ranges.add(0, new int[] {from, to});
    }

    /** Moves the start of the first range to the definition point. */
    void setFrom(int from) {
        if (ranges.isEmpty()) {
            ranges.add(new int[] {from, from + 1});
        } else {
            ranges.get(0)[0] = from;
        }
    }

    boolean covers(int pos) {
        for (int[] r : ranges) {
            if (pos < r[0]) {
                return false;
            }
            if (pos < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The first position covered by both intervals, or -1. */
    int firstIntersection(Interval other) {
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            int[] a = ranges.get(i);
            int[] b = other.ranges.get(j);
            int lo = Math.max(a[0], b[0]);
            int hi = Math.min(a[1], b[1]);
            if (lo < hi) {
                return lo;
            }
            if (a[1] <= b[1]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    /** Calls {@code action} with each range's {@code from} and {@code to}, in order. */
    void forEachRange(RangeAction action) {
        for (int[] r : ranges) {
            action.range(r[0], r[1]);
        }
    }

    /** What {@link #forEachRange} calls. */
    interface RangeAction {
        void range(int from, int to);
    }

    int length() {
        int n = 0;
        for (int[] r : ranges) {
            n += r[1] - r[0];
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(value == null ? "fixed" : value.toString());
        for (int[] r : ranges) {
            sb.append(" [").append(r[0]).append(',').append(r[1]).append(')');
        }
        return sb.append(reg >= 0 ? " r" + reg : "").toString();
    }
}
