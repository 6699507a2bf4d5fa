// Once-made arrays of every primitive kind and of edge sizes: length 0, sizes just under, at and
// just over the 4096-byte static-block limit (header included), all zeroed on arrival and writable
// to their last element; neighbours must not overlap.
public class OaSizesAndKinds {
    public static void main(String[] args) {
        int[] empty = new int[0];
        long[] none = new long[0];
        byte[] under = new byte[4087];
        byte[] exact = new byte[4088];
        byte[] over = new byte[4089];
        long[] longs = new long[511];
        double[] doubles = new double[512];
        char[] chars = new char[2044];
        boolean[] bools = new boolean[4088];
        short[] shorts = new short[7];
        float[] floats = new float[3];
        System.out.println(empty.length + " " + none.length + " " + (empty == (Object) none));
        byte[][] bs = { under, exact, over };
        for (byte[] b : bs) {
            int nonzero = 0;
            for (byte x : b) {
                nonzero += x != 0 ? 1 : 0;
            }
            b[0] = 1;
            b[b.length - 1] = (byte) 0xff;
            System.out.println(b.length + " " + nonzero);
        }
        longs[510] = Long.MAX_VALUE;
        longs[0] = 1;
        doubles[511] = -0.0;
        doubles[0] = Double.NaN;
        chars[2043] = '\u00e9';
        bools[4087] = true;
        shorts[6] = Short.MIN_VALUE;
        floats[2] = 1.5f;
        System.out.println(longs[510] + " " + longs[509] + " " + doubles[511] + " " + doubles[0] + " " + doubles[1]);
        System.out.println(chars[2043] + " " + (int) chars[0] + " " + bools[4087] + " " + bools[4086] + " " + shorts[6]
            + " " + shorts[5] + " " + floats[2] + " " + floats[0]);
        int sum = 0;
        for (byte[] b : bs) {
            sum += b[0] + b[b.length - 1] + b[1];
        }
        System.out.println(sum + " " + under[4086] + " " + exact[4087] + " " + over[4088]);
        for (int i = 0; i < bools.length; i += 1000) {
            System.out.print(bools[i] ? 1 : 0);
        }
        System.out.println();
    }
}
