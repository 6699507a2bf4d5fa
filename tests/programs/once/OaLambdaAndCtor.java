// Allocations in code whose callers are unknown or many: a lambda body run several times, a
// method reference, an anonymous class's method, and a constructor called once directly but also
// through a subclass's super() call. Every array they make must be its own.
import java.util.function.IntFunction;
import java.util.function.Supplier;

public class OaLambdaAndCtor {
    static class Box {
        final int[] slots = new int[2];

        Box(int v) {
            slots[0] = v;
        }
    }

    static class BigBox extends Box {
        BigBox() {
            super(77);
        }
    }

    static short[] pair() {
        short[] p = new short[2];
        p[0] = 1;
        return p;
    }

    public static void main(String[] args) {
        IntFunction<long[]> f = n -> {
            long[] a = new long[3];
            a[0] = n;
            return a;
        };
        long[] a1 = f.apply(1);
        long[] a2 = f.apply(2);
        System.out.println((a1 == a2) + " " + a1[0] + " " + a2[0]);
        Supplier<short[]> s = OaLambdaAndCtor::pair;
        short[] p1 = s.get();
        short[] p2 = s.get();
        p1[1] = 5;
        System.out.println((p1 == p2) + " " + p1[1] + " " + p2[1]);
        Supplier<int[]> anon = new Supplier<int[]>() {
            @Override
            public int[] get() {
                return new int[1];
            }
        };
        int[] q1 = anon.get();
        q1[0] = 3;
        int[] q2 = anon.get();
        System.out.println((q1 == q2) + " " + q2[0]);
        Box b = new Box(5);
        Box bb = new BigBox();
        System.out.println((b.slots == bb.slots) + " " + b.slots[0] + " " + bb.slots[0]);
    }
}
