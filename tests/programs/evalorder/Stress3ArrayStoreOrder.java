// Stores into reference arrays seen as Object[]: nulls, rows of the right type and Strings into a
// String[] succeed; a store that is both out of bounds and of the wrong type must report the
// bounds failure first (the JVM checks null, then the index, then the element type). Earlier
// rounds store at valid indexes.
public class Stress3ArrayStoreOrder {
    public static void main(String[] args) {
        int[][] typed = new int[2][];
        String[] text = new String[3];
        Object[] o = typed;
        Object[] names = text;
        for (int i = 0; i < 3; i++) {
            names[i] = i == 1 ? null : "n" + i;
            o[i] = i < 2 ? new int[i + 1] : (Object) "x";
            System.out.println("i " + i + " " + typed[i].length + " " + text[i]);
        }
    }
}
