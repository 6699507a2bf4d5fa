// String.charAt past the end: HotSpot's trace starts in JDK frames (left out of the comparison),
// the device's in the runtime's String substitute (hidden); both then show the caller's line.
public class CharAtPastEnd {
    static int checksum(String s, int extra) {
        int sum = 0;
        for (int i = 0; i < s.length() + extra; i++) {
            sum = sum * 31 + s.charAt(i);
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println(checksum("pico", 0));
        System.out.println(checksum("rp2040", 1));
    }
}
