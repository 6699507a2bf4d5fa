// Rejected in milestone 1: a lambda (invokedynamic with LambdaMetafactory; needs objects).
import java.util.function.IntUnaryOperator;

public class LambdaUse {
    public static void main(String[] a) {
        System.out.println("start");
        IntUnaryOperator f = x -> x + 1; // ERROR: lambda
        System.out.println(f == null);
    }
}
