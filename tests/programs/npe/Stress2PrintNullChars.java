// System.out.println(char[]) with a null array: HotSpot's PrintStream fails inside the JDK
// (Writer.write reads the array length) and its helpful message names the JDK's parameter
// ("Cannot read the array length because "cbuf" is null"); the frames inside java.base are not
// compared, the message line is. Printing a non-null char[] first must work.
public class Stress2PrintNullChars {
    static char[] chars(int n) {
        if (n < 0) return null;
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('a' + i);
        return c;
    }

    public static void main(String[] args) {
        for (int n = 3; n >= -1; n--) {
            char[] c = chars(n);
            System.out.print("n=" + n + " ");
            System.out.println(c);
        }
    }
}
