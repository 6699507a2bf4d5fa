// Codegen expectations for the optimiser's memory model (see CodegenTest and rtgo.opt.MemoryEffects):
// loads of fields and elements shared, forwarded and hoisted where nothing in between may write them.
import rtgo.hal.Interrupt;

public class Memory {
    static int[] table = new int[16];
    static int scale = 3;
    static int counter;
    static volatile int flag;
    static int ticks;
    static int written;
    static final short[] COEF = new short[8];
    static int size = 12;

    // A static array used straight in a loop: its address, its load, null check and length are
    // made once, before the loop; the loop reads only the elements.
    // thumb-loop: -ldr r\d, \.LF\d+_lit
    // thumb-loop: -beq
    // thumb-loop-count: ldr r\d, \[r\d, r\d\] 1
    static int staticArray() {
        int s = 0;
        for (int i = 0; i < table.length; i++) {
            s += table[i];
        }
        return s;
    }

    // The row m[i] of an int[][] is invariant in the loop over j: loaded and checked once, before
    // the loop. Loop versioning gives the loop a check-free copy beside the checked one, each with
    // one register-indexed load (the element); a row re-loaded per j would add one to either.
    // thumb-loop-count: ldr r\d, \[r\d, r\d\] 2
    // thumb-loop: -ldr r\d, \[r\d, #8\]
    static int row(int[][] m, int i, int n) {
        int s = 0;
        for (int j = 0; j < n; j++) {
            s += m[i][j];
        }
        return s;
    }

    // The store's value is forwarded to the load after it: counter is read once and written once.
    // thumb-count: ldr r\d, \[r\d, #0\] 1
    // thumb-count: str r\d, \[r\d, #0\] 1
    static int bump() {
        counter = counter + 1;
        return counter;
    }

    static final class Filter {
        int gain;
        int[] taps;

        Filter(int gain, int n) {
            this.gain = gain;
            this.taps = new int[n];
        }

        // Instance fields of this in a loop that stores only into int elements: gain and taps
        // are loaded before the loop.
        // thumb-loop: -ldr r\d, \[r\d, #\d+\]
        int apply(int[] x) {
            int s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[i] * gain + taps.length;
            }
            return s;
        }
    }

    static void setScale(int v) {
        scale = v;
    }

    // A setter in the loop writes scale: once inlined, the loop reads the value it stored, and
    // scalar promotion keeps scale in a register, stored once after the loop (a call that is not
    // inlined keeps the load: Promotion.callWrites).
    // thumb-loop: -ldr r\d, \[r\d, #0\]
    static int callWrites(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += scale;
            setScale(i);
        }
        return s;
    }

    // A call that writes nothing the loop reads leaves scale hoisted.
    // thumb-loop: -ldr r\d, \[r\d, #0\]
    static int callKeeps(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += scale;
            written = i;
        }
        return s;
    }

    // A volatile field is read in every iteration.
    // thumb-loop: ldr r\d, \[r\d, #0\]
    static int readsVolatile(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += flag;
        }
        return s;
    }

    @Interrupt("TIMER_IRQ_0")
    static void tick() {
        ticks++;
    }

    // ticks is written by an interrupt handler: never hoisted, though the loop does not write it.
    // thumb-loop: ldr r\d, \[r\d, #0\]
    static int readsHandlerField(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += ticks;
        }
        return s;
    }

    // COEF is written once, by the class initialiser, with a new short[8]: never null, length 8,
    // so the loop up to 8 needs neither a null check nor bounds checks.
    // thumb: -nullPointer
    // thumb: -arrayIndex
    static int coefSum() {
        int s = 0;
        for (int i = 0; i < 8; i++) {
            s += COEF[i];
        }
        return s;
    }

    // size is never assigned after its initialiser: it folds to 12, and size * 2 to 24.
    // thumb: -ldr r\d, \[r\d, #0\]
    // thumb: movs r0, #24
    static int twiceSize() {
        return size * 2;
    }

    public static void main(String[] args) {
        int[][] m = new int[2][3];
        Filter f = new Filter(2, 4);
        System.out.println(staticArray() + row(m, 1, 3) + bump() + f.apply(new int[3]) + callWrites(3)
                + callKeeps(3) + readsVolatile(2) + readsHandlerField(2) + coefSum() + twiceSize());
    }
}
