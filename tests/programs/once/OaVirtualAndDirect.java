// A method called once directly (its class is known) and once through an interface call that has
// two possible targets: its array must be new on each call. Also a super call and an overriding
// call of the same allocating method, and a once-called static helper used through a method handle.
import java.util.function.Supplier;

public class OaVirtualAndDirect {
    interface Maker {
        int[] make();
    }

    static class Twice implements Maker {
        public int[] make() {
            int[] a = new int[2];
            a[0] = 2;
            return a;
        }
    }

    static final class Thrice extends Twice {
        @Override
        public int[] make() {
            int[] base = super.make();
            int[] a = new int[3];
            a[0] = base[0] + 1;
            return a;
        }
    }

    static Maker pick(String[] args) {
        return args.length == 0 ? new Twice() : new Thrice();
    }

    static double[] helper() {
        return new double[1];
    }

    public static void main(String[] args) {
        Twice t = new Twice();
        int[] direct = t.make();
        direct[1] = 11;
        Maker m = pick(args);
        int[] viaInterface = m.make();
        System.out.println((direct == viaInterface) + " " + direct[1] + " " + viaInterface[1] + " " + viaInterface.length);
        Twice th = new Thrice();
        int[] sub = th.make();
        System.out.println(sub.length + " " + sub[0]);
        Supplier<double[]> s = OaVirtualAndDirect::helper;
        double[] d1 = helper();
        d1[0] = 1.5;
        double[] d2 = s.get();
        System.out.println((d1 == d2) + " " + d2[0]);
    }
}
