// StringBuilder.setLength(-1) keeps the JDK's older message form, "String index out of range: -1",
// unlike the index checks of charAt ("Index 5 out of bounds for length 3").
public class BuilderSetLength {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("abc");
        sb.setLength(1);
        System.out.println("[" + sb + "] [" + new StringBuilder().toString() + "] " + (new StringBuilder().toString() == ""));
        sb.setLength(sb.length() - 2);
    }
}
