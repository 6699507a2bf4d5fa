// Codegen expectations for frozen instance fields (rtgo.opt.FinalFields): a final field stored once
// by every constructor, before the object can be seen, is read as what was stored; its loads move
// and merge across calls. Negative cases: a plain field, a constructor that lets this escape, and
// one that calls a method which reads the field before it is assigned.
public class Finals {
    static final class Buffer {
        final int[] buf = new int[16];
        final int scale;
        int[] loose = new int[16];

        Buffer(int scale) {
            this.scale = scale;
        }
    }

    static final class Leaky {
        static Leaky last;
        final int[] data;

        Leaky() {
            last = this; // this escapes before data is assigned: a read through last sees null
            data = new int[4];
        }
    }

    static final class Early {
        final int[] arr;
        final int seen;

        Early() {
            seen = peek(); // an instance method reads arr before it is assigned (and sees null)
            arr = new int[8];
        }

        int peek() {
            return arr == null ? -1 : 1;
        }
    }

    // Its constructor runs no other code: never null (rtgo.opt.StaticFacts).
    static final Buffer BUF = new Buffer(3);
    static final Leaky LEAKY = new Leaky();

    // BUF.buf is never null and 16 long: no null check, no length load and, with i < 16, no
    // bounds check; buf itself is loaded before the loop.
    // thumb: -nullPointer
    // thumb: -arrayIndex
    // thumb-loop: -ldr r\d, \[r\d, #[1-9]\d*\]
    static int sum() {
        int s = 0;
        for (int i = 0; i < 16; i++) {
            s += BUF.buf[i];
        }
        return s;
    }

    // A plain field may be replaced (main does): its null check and bounds check stay, and
    // across a synchronisation point (a volatile store orders all memory) it is loaded again in
    // every iteration. (Not Thread.yield: it links the scheduler, whose timer handlers write int[]
    // elements asynchronously, and this file shares one image with Hoisting's element loads.)
    // thumb: nullPointer
    // thumb: arrayIndex
    // thumb-loop: ldr r\d, \[r\d, #[1-9]\d*\]
    static volatile int fence;

    static int looseSum() {
        int s = 0;
        for (int i = 0; i < 16; i++) {
            s += BUF.loose[i];
            fence = i;
        }
        return s;
    }

    // scale cannot change, not even across a synchronisation point (which may write any plain
    // field): loaded once, before the loop, after b's null check.
    // thumb-loop: -ldr r\d, \[r\d, #[1-9]\d*\]
    static int scaled(Buffer b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += b.scale;
            fence = i;
        }
        return s;
    }

    // Only b is checked; the length of buf is 16.
    // thumb-count: bl .*nullPointer 1
    // thumb: movs r0, #16
    static int bufLength(Buffer b) {
        return b.buf.length;
    }

    // Leaky.data may be seen unassigned: its null check and length load stay.
    // thumb-count: bl .*nullPointer 1
    // thumb: -movs r0, #4
    static int leakyLength() {
        return LEAKY.data.length;
    }

    // Early.arr may be read unassigned (by peek, from the constructor): both checks stay.
    // thumb-count: bl .*nullPointer 2
    // thumb: -movs r0, #8
    static int earlyLength(Early e) {
        return e.arr.length;
    }

    public static void main(String[] args) {
        BUF.loose = new int[16];
        Early e = new Early();
        System.out.println(sum() + looseSum() + scaled(BUF, 4) + bufLength(BUF) + leakyLength() + earlyLength(e)
                + e.seen + Leaky.last.data.length);
    }
}
