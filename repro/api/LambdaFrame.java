// An exception thrown inside a lambda called through its interface: HotSpot's stack trace has no
// frame for the lambda's proxy class; the device prints "at LambdaFrame$$Lambda$0.run(LambdaFrame.java)".
public class LambdaFrame {
    public static void main(String[] args) {
        Runnable r = () -> {
            throw new IllegalStateException("in a lambda");
        };
        r.run();
    }
}
