// Local-variable slots that javac reuses for values of different types in sibling scopes (an int,
// then an int[], then a String, then a boolean in the same slot), including inside loops whose
// back edges merge a slot that held one type in the body with another type before the loop: the
// SSA builder must not merge dead values of different kinds, and every value must stay right.
public class StressSlotReuse {
    static int mixed(int n) {
        int total = 0;
        for (int round = 0; round < n; round++) {
            if ((round & 1) == 0) {
                int a = round * 7;
                int b = a ^ 5;
                total += a + b;
            } else {
                int[] arr = new int[round];
                for (int i = 0; i < arr.length; i++) arr[i] = i * round;
                total += arr.length > 0 ? arr[arr.length - 1] : -1;
            }
            {
                String s = "r" + round;
                total += s.length();
            }
            {
                boolean flag = total % 3 == 0;
                char c = flag ? 'y' : 'n';
                total += c;
            }
        }
        return total;
    }

    static String label(int k) {
        String out;
        {
            int[] digits = new int[4];
            int v = k;
            for (int i = 3; i >= 0; i--) {
                digits[i] = v % 10;
                v /= 10;
            }
            out = "" + digits[0] + digits[1] + digits[2] + digits[3];
        }
        {
            byte small = (byte) k;
            short mid = (short) (k * 300);
            out = out + ":" + small + ":" + mid;
        }
        return out;
    }

    public static void main(String[] args) {
        for (int n = 0; n < 7; n += 2) System.out.println("mixed " + n + " " + mixed(n));
        for (int k = 0; k < 2000; k += 333) System.out.println("label " + label(k));
    }
}
