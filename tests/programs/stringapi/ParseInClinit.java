// A NumberFormatException thrown by a static initialiser is reported wrapped, as HotSpot does:
// ExceptionInInitializerError with the frames that triggered initialisation, then "Caused by:"
// and the parse failure with the initialiser's own frames.
public class ParseInClinit {
    static class Config {
        static final int PORT = Integer.parseInt("80" + "80");
        static final int RETRIES = Integer.parseInt(text());

        static String text() { return "three"; }
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(Config.RETRIES);
    }
}
