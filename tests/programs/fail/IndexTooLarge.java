// Storing past the end of an array (index == length) throws ArrayIndexOutOfBoundsException;
// the check uses the length of the actual array (a char array here, so sizes in bytes do not help).
public class IndexTooLarge {
    static void fill(char[] cs, int n) {
        for (int i = 0; i < n; i++) {
            cs[i] = (char) ('a' + i);
            System.out.println("cs[" + i + "] = " + cs[i]);
        }
    }

    public static void main(String[] a) {
        char[] cs = new char[5];
        fill(cs, 5);
        System.out.println("filled");
        fill(cs, 7);
        System.out.println("not reached");
    }
}
