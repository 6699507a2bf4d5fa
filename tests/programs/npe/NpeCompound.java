// a[i] += 5 duplicates the array reference (dup2); the name survives. The detail message must be HotSpot's.
public class NpeCompound {
    public static void main(String[] args) {
        int[] counts = new int[2];
        counts[1] += 5;
        System.out.println(counts[1]);
        counts = null;
        counts[1] += 5;
    }
}
