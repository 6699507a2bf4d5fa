// Class initialisation in the middle of a loop writes statics the loop reads: the first use of
// Second (iteration 2) runs its initialiser, which changes First.base, and Third's initialiser
// reads a value the loop stored just before; order of the initialisers' output must match too.
public class AliasClinitOrder {
    static final class First {
        static int base = 10;
        static int[] table = new int[4];
    }

    static final class Second {
        static int extra = bump();

        static int bump() {
            System.out.println("Second.<clinit> sees base " + First.base);
            First.base += 100;
            First.table[1] = 77;
            return 5;
        }
    }

    static final class Third {
        static int seen = First.table[2];

        static {
            System.out.println("Third.<clinit> sees table[2] " + seen);
        }
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            s += First.base + First.table[1];
            if (i == 2) {
                s += Second.extra;
            }
            First.table[2] = i;
            if (i == 3) {
                s += Third.seen;
            }
            System.out.println("i " + i + " s " + s);
        }
        System.out.println("base " + First.base + " extra " + Second.extra + " seen " + Third.seen);
    }
}
