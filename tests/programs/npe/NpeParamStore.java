// A store through a null parameter. The detail message must be HotSpot's.
public class NpeParamStore {
    static void fill(int[] dst, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = i;
        }
    }

    public static void main(String[] args) {
        fill(new int[3], 3);
        System.out.println("filled");
        fill(null, 2);
    }
}
