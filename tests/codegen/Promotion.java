// Codegen expectations for scalar promotion (rtgo.opt.ScalarPromotion) and masked-index bounds
// checks: a static int or an int field that a check-free loop reads and writes lives in a register
// and is stored once on the way out; a call that may write it, or a volatile one, keeps the memory
// accesses in the loop.
public class Promotion {
    static final byte[] DATA = new byte[64];
    static final int[] TABLE = new int[256];
    static int crc;
    static int total;
    static volatile int shared;

    static final class Counter {
        int count;
        int sum;
    }

    static final Counter COUNTER = new Counter();

    // The static crc is loaded before the loop and stored after it: inside, no word load or store
    // at offset 0 (a static's address) and no bounds-check stub call for TABLE[x & 0xff], whose
    // constant length 256 exceeds the mask.
    // thumb-loop: -ldr r\d, \[r\d, #0\]
    // thumb-loop: -str r\d, \[r\d, #0\]
    // thumb: -bl .*arrayIndex
    static void crcLoop() {
        for (int i = 0; i < DATA.length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ DATA[i]) & 0xff];
        }
    }

    // Masked indexes against a table passed in: one guard before the loop (255 < length), and
    // the loop's check-free copy keeps the static in a register.
    // thumb-loop-count: str r\d, \[r\d, #0\] 1
    static int maskedParam(int[] t, int n) {
        crc = 1;
        for (int i = 0; i < n; i++) {
            crc = (crc >>> 8) ^ t[(crc ^ i) & 0xff];
        }
        return crc;
    }

    // Two int fields of an invariant object behind a null guard: both live in registers.
    // thumb-loop: -ldr r\d, \[r\d, #(4|8)\]
    // thumb-loop: -str r\d, \[r\d, #(4|8)\]
    static void fieldLoop(Counter c, int n) {
        for (int i = 0; i < n; i++) {
            c.sum += i;
            c.count++;
        }
    }

    // The fields of the object a static final holds (never null: its initialiser's new Counter()),
    // written on each branch: no access dominates the back edge and no null check comes before
    // the loop, but the fact that COUNTER is never null is enough to promote them. (The stores are
    // counted rather than looked for outside the loop: the else block is laid out after the
    // return and jumps back, and thumb-loop counts everything between as loop.) Promoted: two
    // stores in the peeled first iteration and two after the loop; in memory it would be six.
    // thumb-loop: -ldr r\d, \[r\d, #(4|8)\]
    // thumb-count: str r\d, \[r\d, #(4|8)\] 4
    static void staticObjectLoop(int n) {
        for (int i = 0; i < n; i++) {
            if ((i & 1) != 0) {
                COUNTER.sum += i;
                COUNTER.count++;
            } else {
                COUNTER.sum -= 1;
                COUNTER.count += 2;
            }
        }
    }

    static int mixIn(int v) {
        if (v > 0) {
            return mixIn(v - 1) + 1; // recursive: never inlined
        }
        total += 3;
        return 0;
    }

    // A call that writes total: its load and store stay in the loop.
    // thumb-loop: ldr r\d, \[r\d, #0\]
    // thumb-loop: str r\d, \[r\d, #0\]
    static void callWrites(int n) {
        for (int i = 0; i < n; i++) {
            total += i;
            mixIn(i & 7);
        }
    }

    // A volatile static is read and written in every iteration.
    // thumb-loop: ldr r\d, \[r\d, #0\]
    // thumb-loop: str r\d, \[r\d, #0\]
    static void volatileLoop(int n) {
        for (int i = 0; i < n; i++) {
            shared += i;
        }
    }

    public static void main(String[] args) {
        crcLoop();
        Counter c = new Counter();
        fieldLoop(c, 4);
        staticObjectLoop(7);
        callWrites(3);
        volatileLoop(3);
        System.out.println(crc + maskedParam(new int[256], 5) + c.sum + c.count + COUNTER.sum + COUNTER.count + total + shared);
    }
}
