// Many once-made scratch buffers in main, each used once and then garbage: on the heap the collector
// would reuse their memory; as static blocks they would take 256 KB of RAM at once. The program must
// still run, and then make a large heap array that needs the memory back.
public class OaScratchBuffers {
    static int use(byte[] b, int k) {
        for (int i = 0; i < b.length; i += 97) {
            b[i] = (byte) (i + k);
        }
        int s = 0;
        for (int i = 0; i < b.length; i += 89) {
            s += b[i];
        }
        return s;
    }

    public static void main(String[] args) {
        int t = 0;
        t += use(new byte[4000], 0);
        t += use(new byte[4000], 1);
        t += use(new byte[4000], 2);
        t += use(new byte[4000], 3);
        t += use(new byte[4000], 4);
        t += use(new byte[4000], 5);
        t += use(new byte[4000], 6);
        t += use(new byte[4000], 7);
        t += use(new byte[4000], 8);
        t += use(new byte[4000], 9);
        t += use(new byte[4000], 10);
        t += use(new byte[4000], 11);
        t += use(new byte[4000], 12);
        t += use(new byte[4000], 13);
        t += use(new byte[4000], 14);
        t += use(new byte[4000], 15);
        t += use(new byte[4000], 16);
        t += use(new byte[4000], 17);
        t += use(new byte[4000], 18);
        t += use(new byte[4000], 19);
        t += use(new byte[4000], 20);
        t += use(new byte[4000], 21);
        t += use(new byte[4000], 22);
        t += use(new byte[4000], 23);
        t += use(new byte[4000], 24);
        t += use(new byte[4000], 25);
        t += use(new byte[4000], 26);
        t += use(new byte[4000], 27);
        t += use(new byte[4000], 28);
        t += use(new byte[4000], 29);
        t += use(new byte[4000], 30);
        t += use(new byte[4000], 31);
        t += use(new byte[4000], 32);
        t += use(new byte[4000], 33);
        t += use(new byte[4000], 34);
        t += use(new byte[4000], 35);
        t += use(new byte[4000], 36);
        t += use(new byte[4000], 37);
        t += use(new byte[4000], 38);
        t += use(new byte[4000], 39);
        t += use(new byte[4000], 40);
        t += use(new byte[4000], 41);
        t += use(new byte[4000], 42);
        t += use(new byte[4000], 43);
        t += use(new byte[4000], 44);
        t += use(new byte[4000], 45);
        t += use(new byte[4000], 46);
        t += use(new byte[4000], 47);
        t += use(new byte[4000], 48);
        t += use(new byte[4000], 49);
        t += use(new byte[4000], 50);
        t += use(new byte[4000], 51);
        t += use(new byte[4000], 52);
        t += use(new byte[4000], 53);
        t += use(new byte[4000], 54);
        t += use(new byte[4000], 55);
        t += use(new byte[4000], 56);
        t += use(new byte[4000], 57);
        t += use(new byte[4000], 58);
        t += use(new byte[4000], 59);
        t += use(new byte[4000], 60);
        t += use(new byte[4000], 61);
        t += use(new byte[4000], 62);
        t += use(new byte[4000], 63);
        System.out.println("scratch " + t);
        int n = 40000 + args.length;
        int[] big = new int[n];
        big[n - 1] = t;
        System.out.println("big " + big.length + " " + big[n - 1]);
    }
}
