// Codegen expectations for division (see CodegenTest): powers of two become shifts, the rest use
// the SIO hardware divider (SIO base 0xd0000000; dividend at +0x68 = 104, divisor at +0x6c = 108).
public class Division {
    // thumb: asrs r\d, r\d, #3
    // thumb: -#104\]
    // thumb: -bl
    static int div8(int x) {
        return x / 8;
    }

    // thumb: -#104\]
    // thumb: -bl
    // thumb: -muls
    static int rem16(int x) {
        return x % 16;
    }

    // Negative powers of two too.
    // thumb: -#104\]
    // thumb: -bl
    static int divMinus4(int x) {
        return x / -4 + x % -32;
    }

    // A char divided and a masked value reduced: shifts as well.
    // thumb: -#104\]
    // thumb: -bl
    static int divChar(char c) {
        return c / 2 + (c & 255) % 64;
    }

    // A divisor that is not a constant goes to the divider, after a divide-by-zero check.
    // thumb: str r\d, \[r\d, #104\]
    // thumb: str r\d, \[r\d, #108\]
    // thumb: bl .*divideByZero
    static int divVar(int x, int y) {
        return x / y;
    }

    // A constant that is not a power of two uses the divider too, but needs no zero check.
    // thumb: str r\d, \[r\d, #108\]
    // thumb: -bl .*divideByZero
    static int div10(int x) {
        return x / 10;
    }

    public static void main(String[] args) {
        int n = args.length + 1000;
        System.out.println(div8(n) + rem16(n) + divMinus4(n) + divChar((char) n) + divVar(n, args.length + 3) + div10(n));
    }
}
