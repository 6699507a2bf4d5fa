// String.repeat whose result would exceed Integer.MAX_VALUE chars fails before allocating, with
// the JDK's OutOfMemoryError text "Required length exceeds implementation limit"; being an Error,
// it is not wrapped by the static initialiser it is thrown from.
public class RepeatTooLong {
    static final String BIG = "abc".repeat(1 << 30);

    public static void main(String[] args) {
        System.out.println(BIG.length());
    }
}
