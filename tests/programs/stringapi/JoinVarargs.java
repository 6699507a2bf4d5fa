// Found a defect: String.join with varargs (javac makes a CharSequence[]) was a build error.
// Reduced: String.join(CharSequence, CharSequence...) with varargs (javac allocates a CharSequence[]) is a build error
public class JoinVarargs {
    public static void main(String[] args) {
        String[] arr = { "a", "b" };
        System.out.println(String.join("-", arr));      // works: passes String[]
        System.out.println(String.join("|", "x", "y", "z")); // fails: anewarray java/lang/CharSequence
    }
}
