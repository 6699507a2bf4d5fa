// Codegen expectations for induction variables (see CodegenTest): strength reduction of scaled
// indexes into pointers with immediate offsets, full unrolling of small constant-count loops.
public class InductionVars {
    // One pointer into w serves w[t-16], w[t-15], w[t-7], w[t-2] and w[t]: fixed offsets from it,
    // no shift per access, one add per iteration.
    // thumb-loop: ldr r\d, \[r\d, #0\]
    // thumb-loop: ldr r\d, \[r\d, #4\]
    // thumb-loop: ldr r\d, \[r\d, #36\]
    // thumb-loop: ldr r\d, \[r\d, #56\]
    // thumb-loop: str r\d, \[r\d, #64\]
    // thumb-loop: adds r\d, r\d, #4
    static void schedule(int[] w) {
        for (int t = 16; t < w.length; t++) {
            w[t] = w[t - 16] + (w[t - 15] >>> 3) + w[t - 7] + (w[t - 2] >>> 10);
        }
    }

    // re[i + k] and im[i + k]: a pointer per array, no shift and no add of k per access (in the
    // checked copy of the loop and in the copy without checks).
    // thumb-loop-count: ldr r\d, \[r\d, #0\] 4
    static int dot(int[] re, int[] im, int k, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += re[i + k] * im[i + k];
        }
        return s;
    }

    // The column walk b[k * n + j]: a pointer advanced by n * 4 bytes a step (the stride multiplied
    // once before the loop) instead of a multiply, an add and a shift per element; in the copy
    // without checks the product is the only multiply, and nothing is fetched from r8-r11.
    // thumb-loop: ldr r\d, \[r\d, #0\]
    // thumb-loop: adds r(\d), r\1, r\d$
    static void matmul(int[] a, int[] b, int[] c, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += a[i * n + k] * b[k * n + j];
                }
                c[i * n + j] = sum;
            }
        }
    }

    // Counting down by two through a char array: the pointer steps back four bytes.
    // thumb-loop: ldrh r\d, \[r\d, #2\]
    // thumb-loop: subs r\d, r\d, #4
    static int pairsDown(char[] c) {
        int s = 0;
        for (int i = c.length - 2; i >= 0; i -= 2) {
            s = s * 31 + c[i] + c[i + 1];
        }
        return s;
    }

    // The eight steps of a bitwise CRC are laid out one after another: no counter, no compare
    // with 8, no back branch inside the byte loop; one xor per set bit and one for the byte.
    // thumb-loop: -cmp r\d, #8
    // thumb-loop-count: eors r\d, r\d 9
    static int crc(byte[] data, int crc) {
        crc = ~crc;
        for (int i = 0; i < data.length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                if ((crc & 1) != 0) {
                    crc = (crc >>> 1) ^ 0xEDB88320;
                } else {
                    crc = crc >>> 1;
                }
            }
        }
        return ~crc;
    }

    // A loop with a call keeps its shifts: a pointer into an array is not a reference the
    // collector knows, so no pointer lives across a call.
    // thumb-loop: lsls r\d, r\d, #2
    static int withCall(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i + 1] + a[i + 2] + Integer.bitCount(i);
        }
        return s;
    }

    // A fill loop becomes a block fill that stores a word at a time (rtgo.opt.FillLoops): the
    // check-free copy is a call of MemFill.fill; only the checked copy, which throws at the right
    // index when n is too large, still stores a byte an iteration.
    // thumb: bl "J:rtgo\.runtime\.MemFill\.fill
    // thumb-loop-count: strb 1
    static void clear(boolean[] c, int n) {
        for (int i = 0; i < n; i++) {
            c[i] = false;
        }
    }

    // Over a whole int array the range is proven on entry: one block fill, no loop left at all.
    // thumb: bl "J:rtgo\.runtime\.MemFill\.fill
    // thumb: -str r\d, \[r\d, r\d\]
    static void zero(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            a[i] = v;
        }
    }

    public static void main(String[] args) {
        int[] w = new int[64];
        for (int i = 0; i < 16; i++) {
            w[i] = i * 0x01010101;
        }
        schedule(w);
        char[] c = "rangecheck".toCharArray();
        boolean[] z = new boolean[9];
        clear(z, 9);
        int[] m = new int[16];
        matmul(w, w, m, 4);
        System.out.println(m[5] + w[63] + dot(w, w, 3, 20) + pairsDown(c) + crc(new byte[] {1, 2, 3}, 0)
                + withCall(w, 30) + (z[3] ? 1 : 0));
        zero(w, 0);
    }
}
