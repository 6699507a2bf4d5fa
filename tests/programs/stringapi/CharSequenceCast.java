// Found a defect: a checkcast to CharSequence (an erased generic value given to StringJoiner.add) was a build error.
// Reduced: passing a generic-erased value (needs checkcast CharSequence) to StringJoiner.add / StringBuilder.append(CharSequence)
import java.util.*;
import java.util.function.*;
public class CharSequenceCast {
    public static void main(String[] args) {
        Supplier<String> s = () -> "x";
        StringJoiner sj = new StringJoiner(",");
        sj.add(s.get());
        System.out.println(sj);
    }
}
