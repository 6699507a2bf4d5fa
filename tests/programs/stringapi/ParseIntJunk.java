// Integer.parseInt on text that is not a number: the NumberFormatException report quotes the
// input ("For input string: "12x"", no radix for radix 10), and the stack trace shows the
// program's frames only (the JDK's own, and the device's runtime frames, are left out).
public class ParseIntJunk {
    static int sum(String[] texts) {
        int total = 0;
        for (String t : texts) {
            total += Integer.parseInt(t);
            System.out.println(t + " -> running total " + total);
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println(sum(new String[] { "1", "-2", "+30" }));
        sum(new String[] { "4", "12x", "5" });
    }
}
