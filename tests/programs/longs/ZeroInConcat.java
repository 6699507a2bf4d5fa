// Found a defect: a long 0 in string concatenation overwrote the char before it (Decimal.length(long) was 0).
public class ZeroInConcat {
    public static void main(String[] args) {
        long z = args.length;   // 0L at run time
        System.out.println("z=" + z + ";");
    }
}
