// A parameter that the method assigns: without debug names HotSpot calls it <localN>, not
// <parameterN> (DebugInfoTest compiles this with -g:none). The detail message must be HotSpot's.
public class NpeReassignedParam {
    static int last(int k, int[] values) {
        if (k > 2) {
            values = null;
        }
        return values[values.length - 1];
    }

    public static void main(String[] args) {
        int[] v = {3, 1, 4};
        for (int k = 0; k < 4; k++) {
            System.out.println(last(k, v));
        }
    }
}
