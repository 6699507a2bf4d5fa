// Boolean logic: && and || short-circuit (side effects of the right operand must not happen when the
// left decides), ! and ^ on booleans, booleans stored in locals, fields and arrays, and as results.
public class BoolLogic {
    static int calls;
    static boolean flag;

    static boolean t(String name) {
        calls++;
        System.out.print(name + " ");
        return true;
    }

    static boolean f(String name) {
        calls++;
        System.out.print(name + " ");
        return false;
    }

    static boolean isEven(int x) { return (x & 1) == 0; }
    static boolean not(boolean b) { return !b; }

    public static void main(String[] a) {
        System.out.println("-> " + (t("a") && t("b")));
        System.out.println("-> " + (f("a") && t("b")));
        System.out.println("-> " + (t("a") || t("b")));
        System.out.println("-> " + (f("a") || t("b")));
        System.out.println("-> " + (f("a") || f("b") || t("c") || t("d")));
        System.out.println("-> " + (t("a") && t("b") && f("c") && t("d")));
        System.out.println("-> " + (f("a") && t("b") || t("c") && f("d")));
        System.out.println("-> " + ((t("a") || t("b")) && (f("c") || t("d"))));
        System.out.println("-> " + (t("a") & f("b") | t("c")));
        System.out.println("-> " + (t("a") ^ t("b")));
        System.out.println("-> " + !(f("a") || f("b")));
        System.out.println("calls = " + calls);

        // Side effects guarded by short-circuiting.
        int[] arr = { 3, 0, 7 };
        int safe = 0;
        for (int i = -1; i <= 3; i++) {
            if (i >= 0 && i < arr.length && arr[i] != 0 && 21 / arr[i] > 2) safe++;
            System.out.println("i=" + i + " safe=" + safe);
        }
        int n = 0;
        boolean r = (n++ > 0) && (n++ > 0);
        System.out.println("r=" + r + " n=" + n);
        r = (n++ > 0) || (n++ > 0);
        System.out.println("r=" + r + " n=" + n);
        r = (n++ < 0) | (n++ < 0);
        System.out.println("r=" + r + " n=" + n);

        // Truth tables.
        boolean[] vals = { false, true };
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                boolean p = vals[i], q = vals[j];
                System.out.println(p + " " + q + ": and " + (p && q) + " or " + (p || q) + " xor " + (p ^ q)
                        + " eq " + (p == q) + " ne " + (p != q) + " !p " + !p + " impl " + (!p || q));
            }
        }

        // Booleans in fields and arrays and as method results.
        flag = isEven(10);
        System.out.println("flag " + flag);
        flag = !flag;
        System.out.println("flag " + flag);
        flag ^= true;
        System.out.println("flag " + flag);
        flag &= false;
        System.out.println("flag " + flag);
        flag |= isEven(3) || not(false);
        System.out.println("flag " + flag);

        boolean[] even = new boolean[10];
        for (int i = 0; i < even.length; i++) even[i] = isEven(i) && i != 4;
        for (int i = 0; i < even.length; i++) System.out.print(even[i] ? "E" : ".");
        System.out.println();
        int evens = 0;
        for (int i = 0; i < even.length; i++) if (even[i]) evens++;
        System.out.println("evens " + evens);

        // De Morgan over a range.
        int agree = 0;
        for (int x = -5; x <= 5; x++) {
            boolean lhs = !(x > 0 && isEven(x));
            boolean rhs = !(x > 0) || !isEven(x);
            if (lhs == rhs) agree++;
        }
        System.out.println("De Morgan agrees " + agree + " times");
        boolean b1 = true;
        System.out.println(b1);
        System.out.println(!b1);
        System.out.print(b1);
        System.out.print(' ');
        System.out.println(b1 && !b1);
    }
}
