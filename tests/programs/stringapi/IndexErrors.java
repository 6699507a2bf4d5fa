// Out-of-range arguments to String/StringBuilder methods and new String(char[], off, count), caught.
// The messages changed across JDKs (17: "begin 2, end 1, length 3"; 25: "Range [2, 1) out of
// bounds for length 3", and "Range [1, 1 + 2) ..." for new String(cs, 1, 2)): the oracle's JDK
// decides, so the runtime must follow the JDK the tests run on.
public class IndexErrors {
    static int caught;

    static void t(String what, int k) {
        String s = "abc";
        StringBuilder sb = new StringBuilder("abc");
        char[] cs = { 'x', 'y' };
        try {
            Object r;
            switch (k) {
                case 0: r = s.charAt(3); break;
                case 1: r = s.charAt(-1); break;
                case 2: r = s.substring(2, 1); break;
                case 3: r = s.substring(-1); break;
                case 4: r = s.substring(4); break;
                case 5: r = s.substring(1, 9); break;
                case 6: r = sb.charAt(5); break;
                case 7: sb.setCharAt(3, 'z'); r = sb; break;
                case 8: r = sb.deleteCharAt(-2); break;
                case 9: r = sb.insert(4, "q"); break;
                case 10: r = sb.delete(2, 1); break;
                case 11: sb.setLength(-1); r = sb; break;
                case 12: r = sb.replace(4, 5, "r"); break;
                case 13: r = new String(cs, 1, 2); break;
                case 14: r = s.repeat(-2); break;
                default: r = s.substring(3) + sb.delete(1, 99) + new String(cs, 2, 0) + s.charAt(2); break;
            }
            System.out.println(what + ": fine -> [" + r + "]");
        } catch (IndexOutOfBoundsException e) {
            caught++;
            System.out.println(what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            caught++;
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        String[] names = { "charAt(3)", "charAt(-1)", "substring(2,1)", "substring(-1)", "substring(4)", "substring(1,9)", "sb.charAt(5)",
            "sb.setCharAt(3)", "sb.deleteCharAt(-2)", "sb.insert(4)", "sb.delete(2,1)", "sb.setLength(-1)", "sb.replace(4,5)",
            "new String(cs,1,2)", "repeat(-2)", "in-range edge cases" };
        for (int k = 0; k < names.length; k++) t(names[k], k);
        System.out.println("caught " + caught);
    }
}
