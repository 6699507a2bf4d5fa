// Found a defect: a cast to Number (List<Number>.get, a type bounded by Number) was a build error; Number is now the boxed types' superclass.
// Reduced: a checkcast to java.lang.Number (generic type bounded by Number, or List<Number>.get) is a build error
import java.util.*;
import java.util.function.*;
public class NumberCasts {
    interface Scaler<N extends Number> extends Function<N, Double> {}
    public static void main(String[] args) {
        List<Number> l = new ArrayList<>();
        l.add(5); l.add(2.5);
        Number n = l.get(1);
        System.out.println(n + " " + l);
        Scaler<Long> sc = x -> x / 3.0;
        System.out.println(sc.apply(10L));
    }
}
