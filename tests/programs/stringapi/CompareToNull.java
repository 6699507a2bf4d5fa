// compareTo(null) throws NullPointerException with the JDK's text for it ("Cannot read field
// "value" because "anotherString" is null"), unlike equals(null), which is false.
public class CompareToNull {
    public static void main(String[] args) {
        String[] names = { "b", "a", null };
        System.out.println(names[0].equals(names[2]) + " " + names[0].compareTo(names[1]));
        System.out.println(names[0].compareTo(names[2]));
    }
}
