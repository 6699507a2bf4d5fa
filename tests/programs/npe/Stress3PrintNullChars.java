// System.out.print/println of a char[] goes through the runtime's PrintStream substitute. A null
// char[] makes HotSpot throw inside java.io.Writer.write(char[]) with its helpful message
// ("Cannot read the array length because "cbuf" is null"); the JDK frames are hidden, so the
// report must still carry that message and end at this program's call line.
public class Stress3PrintNullChars {
    static char[][] rows = {{'p', 'i'}, {'c', 'o'}, null};

    static void show(int r) {
        System.out.print(rows[r]);
        System.out.println(rows[r]);
    }

    public static void main(String[] args) {
        for (int r = 0; r < rows.length; r++) {
            System.out.print("row " + r + ": ");
            show(r);
        }
    }
}
