// A null argument to a String method is reported with the JDK's helpful NullPointerException text,
// which names the JDK's own parameter: "Cannot invoke "String.length()" because "prefix" is null".
public class StartsWithNull {
    static String prefixFor(int kind) {
        return kind == 0 ? "http" : null;
    }

    public static void main(String[] args) {
        String url = "https://example.org";
        System.out.println(url.startsWith(prefixFor(0)) + " " + url.startsWith("ftp"));
        System.out.println(url.startsWith(prefixFor(1)));
    }
}
