// A method result that is null, dereferenced directly: the message spells the method with every
// parameter type as HotSpot prints them (String and Object short, arrays with [], primitives by
// name), "the return value of "Stress3CallArgsTypes.find(int, String, int[][], char, boolean,
// byte[], short, String[])" is null".
public class Stress3CallArgsTypes {
    static int[] found = {42};

    static int[] find(int k, String name, int[][] grid, char c, boolean flag, byte[] raw, short s, String[] names) {
        if (k + name.length() + grid.length + c + (flag ? 1 : 0) + raw.length + s + names.length > 200) {
            return null;
        }
        return found;
    }

    public static void main(String[] args) {
        int[][] g = new int[2][2];
        byte[] raw = new byte[3];
        String[] names = {"x"};
        for (int k = 0; k < 200; k += 60) {
            System.out.println("k " + k + " " + find(k, "abc", g, 'A', true, raw, (short) 5, names)[0]);
        }
    }
}
