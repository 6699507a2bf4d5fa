// Seventy once-made 4000-byte scratch buffers in main, each garbage after one use: on the heap they
// need 4 KB at a time, as static blocks 280 KB, more than the RP2040's RAM. The program must still
// build and run.
public class OaScratchOverRam {
    static int use(byte[] b, int k) {
        b[k] = (byte) (k * 3);
        return b[k] + b[b.length - 1] + b.length;
    }

    public static void main(String[] args) {
        int t = 0;
        t += use(new byte[4000], 0) + use(new byte[4000], 1) + use(new byte[4000], 2) + use(new byte[4000], 3) + use(new byte[4000], 4);
        t += use(new byte[4000], 5) + use(new byte[4000], 6) + use(new byte[4000], 7) + use(new byte[4000], 8) + use(new byte[4000], 9);
        t += use(new byte[4000], 10) + use(new byte[4000], 11) + use(new byte[4000], 12) + use(new byte[4000], 13) + use(new byte[4000], 14);
        t += use(new byte[4000], 15) + use(new byte[4000], 16) + use(new byte[4000], 17) + use(new byte[4000], 18) + use(new byte[4000], 19);
        t += use(new byte[4000], 20) + use(new byte[4000], 21) + use(new byte[4000], 22) + use(new byte[4000], 23) + use(new byte[4000], 24);
        t += use(new byte[4000], 25) + use(new byte[4000], 26) + use(new byte[4000], 27) + use(new byte[4000], 28) + use(new byte[4000], 29);
        t += use(new byte[4000], 30) + use(new byte[4000], 31) + use(new byte[4000], 32) + use(new byte[4000], 33) + use(new byte[4000], 34);
        t += use(new byte[4000], 35) + use(new byte[4000], 36) + use(new byte[4000], 37) + use(new byte[4000], 38) + use(new byte[4000], 39);
        t += use(new byte[4000], 40) + use(new byte[4000], 41) + use(new byte[4000], 42) + use(new byte[4000], 43) + use(new byte[4000], 44);
        t += use(new byte[4000], 45) + use(new byte[4000], 46) + use(new byte[4000], 47) + use(new byte[4000], 48) + use(new byte[4000], 49);
        t += use(new byte[4000], 50) + use(new byte[4000], 51) + use(new byte[4000], 52) + use(new byte[4000], 53) + use(new byte[4000], 54);
        t += use(new byte[4000], 55) + use(new byte[4000], 56) + use(new byte[4000], 57) + use(new byte[4000], 58) + use(new byte[4000], 59);
        t += use(new byte[4000], 60) + use(new byte[4000], 61) + use(new byte[4000], 62) + use(new byte[4000], 63) + use(new byte[4000], 64);
        t += use(new byte[4000], 65) + use(new byte[4000], 66) + use(new byte[4000], 67) + use(new byte[4000], 68) + use(new byte[4000], 69);
        System.out.println("scratch " + t);
    }
}
