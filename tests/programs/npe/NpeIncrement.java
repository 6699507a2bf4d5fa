// x = a[i]++ on a null array. The detail message must be HotSpot's.
public class NpeIncrement {
    static int[] hits;

    public static void main(String[] args) {
        int i = 1;
        System.out.println("hit");
        int before = hits[i]++;
        System.out.println(before);
    }
}
