// Constants up to sipush are printed as the index. The detail message must be HotSpot's.
public class NpeShortIndex {
    public static void main(String[] args) {
        int[][] g = new int[301][];
        g[299] = new int[1];
        System.out.println(g[299][0]);
        System.out.println(g[300][0]);
    }
}
