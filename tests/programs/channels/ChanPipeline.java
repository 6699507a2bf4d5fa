// Channels: a three-stage pipeline (generate, square, keep odd) joined by unbuffered channels, each
// stage a goroutine that closes its output when its input is closed.
import rtgo.Chan;
import rtgo.Go;

public class ChanPipeline {
    static Chan<Integer> generate(int n) {
        Chan<Integer> out = new Chan<>();
        Go.go(() -> {
            for (int i = 1; i <= n; i++) {
                out.send(i);
            }
            out.close();
        });
        return out;
    }

    static Chan<Integer> square(Chan<Integer> in) {
        Chan<Integer> out = new Chan<>();
        Go.go(() -> {
            for (int v : in) {
                out.send(v * v);
            }
            out.close();
        });
        return out;
    }

    static Chan<Integer> odd(Chan<Integer> in) {
        Chan<Integer> out = new Chan<>(2);
        Go.go(() -> {
            for (int v : in) {
                if ((v & 1) == 1) {
                    out.send(v);
                }
            }
            out.close();
        });
        return out;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (int v : odd(square(generate(30)))) {
            sb.append(v).append(' ');
            total += v;
        }
        System.out.println(sb.toString().trim());
        System.out.println("total " + total);
    }
}
