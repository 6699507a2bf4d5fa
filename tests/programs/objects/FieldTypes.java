// Instance and static fields of every int-like type and of reference types: default values,
// narrowing on stores (byte/short/char wrap), compound assignment and ++/-- on fields (getfield,
// op, narrowing, putfield on the same object), sign extension of byte/short loads and zero
// extension of char loads, and fields of two objects of the same class kept apart.
public class FieldTypes {
    static class Rec {
        byte b;
        short s;
        char c;
        int i;
        boolean z;
        String str;
        Rec next;
        int[] arr;

        static int created;
        static byte sb = -128;
        static char sc = 'A';
        static Rec last;

        Rec() {
            created++;
            last = this;
        }

        String show() {
            return "b=" + b + " s=" + s + " c=" + (int) c + " i=" + i + " z=" + z + " str=" + str
                    + " next=" + (next == null ? "null" : "rec") + " arr=" + (arr == null ? "null" : "len" + arr.length);
        }
    }

    public static void main(String[] args) {
        Rec r = new Rec();
        System.out.println("defaults: " + r.show());
        r.b = 127;
        r.b++;
        r.s = 32767;
        r.s += 2;
        r.c = 65535;
        r.c++;
        r.i = Integer.MAX_VALUE;
        r.i++;
        r.z = !r.z;
        r.str = "x";
        r.str += r.b;
        System.out.println("wrapped: " + r.show());
        r.b = (byte) 200;
        r.s = (short) 70000;
        r.c = (char) -1;
        System.out.println("casts: b=" + r.b + " s=" + r.s + " c=" + (int) r.c);
        r.b >>= 1;
        r.s >>>= 1; // on the promoted int, then narrowed
        r.c >>= 4;
        System.out.println("shifts: b=" + r.b + " s=" + r.s + " c=" + (int) r.c);
        r.b *= 3;
        r.s -= 5000;
        r.c -= 'a';
        r.i /= -7;
        System.out.println("compound: " + r.show());

        Rec q = new Rec();
        q.next = r;
        q.arr = new int[3];
        q.arr[1] = 5;
        q.next.i = 1234;
        q.next.next = q;
        q.next.next.b = 9;
        System.out.println("r: " + r.show());
        System.out.println("q: " + q.show());
        System.out.println("cycle: " + (r.next.next == r) + " " + (q.next.next.next == r));

        int old = q.i++;
        int pre = ++q.i;
        System.out.println("post/pre: " + old + " " + pre + " " + q.i);
        char oc = r.c--;
        System.out.println("char post: " + (int) oc + " " + (int) r.c);

        System.out.println("statics: " + Rec.created + " " + Rec.sb + " " + Rec.sc + " " + (Rec.last == q));
        Rec.sb--;
        Rec.sc += 2;
        Rec.created *= 10;
        System.out.println("statics after: " + Rec.created + " " + Rec.sb + " " + Rec.sc);

        Rec[] many = new Rec[5];
        for (int k = 0; k < many.length; k++) {
            many[k] = new Rec();
            many[k].i = k * k;
            many[k].c = (char) ('a' + k);
            many[k].s = (short) (k * 20000);
            if (k > 0) many[k].next = many[k - 1];
        }
        int sum = 0;
        String chars = "";
        for (Rec p = many[4]; p != null; p = p.next) {
            sum += p.i + p.s;
            chars += p.c;
        }
        System.out.println("chain: sum=" + sum + " chars=" + chars + " created=" + Rec.created);
    }
}
