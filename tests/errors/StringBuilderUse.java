// Rejected in milestone 1: StringBuilder (a JDK class without substitute; use + concatenation).
public class StringBuilderUse {
    public static void main(String[] a) {
        System.out.println("start");
        StringBuilder sb = new StringBuilder(); // ERROR: StringBuilder
        System.out.println(sb == null);
    }
}
