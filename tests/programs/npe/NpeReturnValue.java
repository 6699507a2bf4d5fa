// A method's null result indexed directly. The detail message must be HotSpot's.
public class NpeReturnValue {
    static int[] lookup(int key) {
        return key < 2 ? new int[] {key} : null;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            System.out.println(lookup(k)[0]);
        }
    }
}
