// Static fields of every type the milestone supports: default values before any store, initialised
// values set by <clinit>, compile-time constants (inlined by javac), narrow-type stores (putstatic
// of a byte field must narrow), compound assignment and ++ on fields, and fields of other classes.
public class StaticFields {
    static boolean z;
    static byte b;
    static short s;
    static char c;
    static int i;
    static int[] arr;
    static String str;

    static boolean zi = true;
    static byte bi = -100;
    static short si = -30000;
    static char ci = 'Q';
    static int ii = 0xcafebabe;
    static int[] arri = { 3, 1, 4, 1, 5 };
    static String stri = "initialised";

    static final int CONST = 1 << 20;
    static final byte FB = (byte) 200;
    static final char FC = 'k';
    static final int COMPUTED = CONST / 3 + ii;

    static class Counter {
        static int count;
        static int total;

        static void add(int v) {
            count++;
            total += v;
        }
    }

    public static void main(String[] a) {
        System.out.println("defaults: " + z + " " + b + " " + s + " " + (int) c + " " + i + " " + (arr == null) + " " + (str == null));
        System.out.println("initialised: " + zi + " " + bi + " " + si + " " + ci + " " + ii + " " + arri.length + " " + stri);
        System.out.println("constants: " + CONST + " " + FB + " " + FC + " " + COMPUTED);

        z = true;
        b = 127;
        s = 32767;
        c = 'x';
        i = Integer.MAX_VALUE;
        arr = new int[3];
        str = "assigned";
        System.out.println("assigned: " + z + " " + b + " " + s + " " + c + " " + i + " " + arr.length + " " + str);

        b++;
        s++;
        c++;
        i++;
        System.out.println("incremented: " + b + " " + s + " " + c + " " + i);
        b += 300;
        s -= 70000;
        c += 0x10000 + 2;
        i *= -3;
        System.out.println("compound: " + b + " " + s + " " + c + " " + i);
        bi >>= 2;
        si >>>= 4;
        ci -= 16;
        ii ^= -1;
        z &= zi;
        zi = !zi;
        System.out.println("more: " + bi + " " + si + " " + ci + " " + ii + " " + z + " " + zi);

        // Static array field elements.
        for (int k = 0; k < arr.length; k++) arr[k] = arri[k] * arri[k + 1];
        arri[4] += arr[2];
        System.out.println("arrays: " + arr[0] + " " + arr[1] + " " + arr[2] + " " + arri[4]);
        arr = arri;
        arr[0] = 99;
        System.out.println("aliased: " + arri[0] + " same " + (arr == arri));

        // Fields of a nested class, updated from a loop.
        for (int k = 1; k <= 10; k++) Counter.add(k * k);
        System.out.println("counter: " + Counter.count + " " + Counter.total);
        Counter.total = Counter.total / Counter.count;
        System.out.println("average: " + Counter.total);

        // A field read and written in the same expression.
        i = 5;
        i = i++ + i;
        System.out.println("i = i++ + i -> " + i);
        i += i += 3;
        System.out.println("i += i += 3 -> " + i);
        str = str + "/" + i + "/" + c + "/" + z;
        System.out.println(str);
    }
}
