// A value with two origins (a conditional expression): HotSpot gives no cause. The detail message must be HotSpot's.
public class NpeMerged {
    static int[] some = {1, 2};

    static int[] none() {
        return null;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 2; k++) {
            System.out.println((k == 0 ? some : none())[0]);
        }
    }
}
