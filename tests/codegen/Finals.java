// Codegen expectations for frozen instance fields (rtgo.opt.FinalFields): a final field stored once
// by every constructor, before the object can be seen, is read as what was stored; its loads move
// and merge across calls. Negative cases: a plain field, and a constructor that lets this escape.
public class Finals {
    static int sink;

    static void publish(Object o) {
        sink += o.hashCode();
    }

    static final class Buffer {
        final int[] buf = new int[16];
        final int scale;
        int[] loose = new int[16];

        Buffer(int scale) {
            this.scale = scale;
        }

        // buf is never null and 16 long: no null check, no length load and, with i < 16, no
        // bounds check; buf itself is loaded before the loop.
        // thumb: -nullPointer
        // thumb: -arrayIndex
        // thumb-loop: -ldr r\d, \[r\d, #[1-9]\d*\]
        int sum() {
            int s = 0;
            for (int i = 0; i < 16; i++) {
                s += buf[i];
            }
            return s;
        }

        // A plain field may be replaced (main does): its null check and bounds check stay, and
        // across a synchronisation point it is loaded again in every iteration.
        // thumb-loop: ldr r\d, \[r\d, #[1-9]\d*\]
        // thumb: nullPointer
        // thumb: arrayIndex
        int looseSum() {
            int s = 0;
            for (int i = 0; i < 16; i++) {
                s += loose[i];
                Thread.yield();
            }
            return s;
        }

        // scale cannot change, not even across a synchronisation point (which may write any plain
        // field): loaded once, before the loop.
        // thumb-loop: -ldr r\d, \[r\d, #[1-9]\d*\]
        int scaled(int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += scale;
                Thread.yield();
            }
            return s;
        }
    }

    static final class Leaky {
        static Leaky last;
        final int[] data;

        Leaky() {
            last = this; // this escapes before data is assigned: a read through last sees null
            data = new int[4];
        }

        // data may be seen unassigned: its null check and bounds check stay.
        // thumb: nullPointer
        // thumb: arrayIndex
        int first() {
            return data[0];
        }
    }

    public static void main(String[] args) {
        Buffer b = new Buffer(3);
        b.loose = new int[16];
        System.out.println(b.sum() + b.looseSum() + b.scaled(4) + new Leaky().first());
        publish(b);
    }
}
