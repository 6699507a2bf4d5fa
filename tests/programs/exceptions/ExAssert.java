public class ExAssert {
    static int checked(int v) {
        assert v >= 0 : "negative: " + v;
        return v * 2;
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i = -2; i < 3; i++) {
            try {
                sum += checked(i);
                System.out.println("checked(" + i + ") ok sum=" + sum);
            } catch (AssertionError e) {
                System.out.println("assertion: " + e.getMessage());
            }
        }
        try {
            throw new AssertionError("explicit " + sum);
        } catch (AssertionError e) {
            System.out.println("explicit caught: " + e + " isError=" + (e instanceof Error));
        }
        AssertionError withCause = new AssertionError("with cause", new IllegalStateException("root"));
        withCause.printStackTrace(System.out);
        throw new AssertionError(12345);
    }
}
