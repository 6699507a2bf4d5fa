// Rejected: reflection beyond class names (the program is a closed world compiled ahead of time).
public class Reflection {
    public static void main(String[] a) throws Exception {
        System.out.println("start");
        var methods = Reflection.class.getDeclaredMethods(); // ERROR: getDeclaredMethods
        System.out.println(methods.length);
    }
}
