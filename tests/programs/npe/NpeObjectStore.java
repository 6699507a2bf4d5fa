// A store into a null row of a String[][]. The detail message must be HotSpot's.
public class NpeObjectStore {
    public static void main(String[] args) {
        String[][] table = new String[2][];
        table[0] = new String[] {"a"};
        System.out.println(table[0][0]);
        table[1][0] = "b";
    }
}
