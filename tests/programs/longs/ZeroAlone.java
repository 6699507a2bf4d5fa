// Found a defect: printing a long 0 on its own threw ArrayIndexOutOfBoundsException inside the runtime.
public class ZeroAlone {
    public static void main(String[] args) {
        long z = args.length;          // 0, not a compile-time constant
        System.out.println(z);
        System.out.println("z=" + z + ";");
        String s = "" + z;
        System.out.println(s.length());
    }
}
