// Uncaught failure inside a lambda run by a hand-written functional pipeline (no JDK stream frames,
// so the trace is comparable): the lambda's synthetic method and its callers must appear as HotSpot
// prints them.
import java.util.function.IntUnaryOperator;

public class UrLambdaStream {
    static int[] apply(int[] in, IntUnaryOperator f) {
        int[] out = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = f.applyAsInt(in[i]);
        }
        return out;
    }

    public static void main(String[] args) {
        int[] xs = { 5, 4, 3, 2, 1, 0 };
        int[] halves = apply(xs, x -> x / 2);
        System.out.println(halves[0] + " " + halves[5]);
        int[] inv = apply(xs, x -> 60 / x);
        System.out.println(inv[0]);
    }
}
