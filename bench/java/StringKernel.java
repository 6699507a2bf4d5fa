/*
 * Benchmark kernel: text as Java programs handle it. Twin of bench/c/stringkernel.c.
 *
 * What it stresses: StringBuilder appends of ints and chars (growing its array), toString,
 * charAt scans, substring and Integer.parseInt, string length, and the allocation and collection
 * of the short-lived strings all that makes. C formats into a char buffer and parses it in place,
 * the way C programs do.
 */
public class StringKernel {
    static int total;

    static String line(int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(k * 37 + i * 1013 - 5000);
        }
        return sb.toString();
    }

    static int parse(String s) {
        int sum = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ',') {
                sum += Integer.parseInt(s.substring(start, i));
                start = i + 1;
            }
        }
        return sum;
    }

    static int run(int lines) {
        for (int k = 0; k < lines; k++) {
            String s = line(k);
            total = total * 31 + parse(s) + s.length();
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println("BEGIN");
        int checksum = run(300);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
