// The conditional operator: nested ternaries, ternaries as call arguments and array indices and
// stored values (javac leaves the other operands on the operand stack across the branches), ternaries
// of different types (char, boolean, String, arrays) and inside concatenation.
public class Ternaries {
    static int sum4(int a, int b, int c, int d) { return a * 1000 + b * 100 + c * 10 + d; }

    static int sign(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

    static int classify(int x) {
        return x < 10 ? (x < 5 ? (x < 0 ? -1 : 0) : 1) : (x < 100 ? 2 : x < 1000 ? 3 : 4);
    }

    static int max3(int a, int b, int c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); }

    public static void main(String[] a) {
        for (int x = -3; x <= 3; x++) System.out.print(sign(x) + " ");
        System.out.println();
        int[] probes = { -5, 0, 4, 5, 9, 10, 99, 100, 999, 1000, 123456 };
        for (int i = 0; i < probes.length; i++) System.out.print(classify(probes[i]) + " ");
        System.out.println();
        System.out.println(max3(1, 2, 3) + " " + max3(3, 2, 1) + " " + max3(2, 3, 1) + " " + max3(-1, -1, -2));

        // Operands pushed before the ternary stay on the stack across its branches.
        for (int k = 0; k < 4; k++) {
            int r = sum4(k, k > 1 ? 7 : 3, k, (k & 1) == 0 ? k + 5 : k - 5);
            System.out.println("sum4 -> " + r);
        }
        int[] arr = new int[4];
        for (int k = 0; k < 8; k++) {
            arr[k % 2 == 0 ? k / 2 : 3 - k / 2] += k > 3 ? k * k : -k;
        }
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + arr[3]);
        int acc = 10;
        for (int k = 0; k < 6; k++) {
            acc = acc + (k % 3 == 0 ? acc : k % 3 == 1 ? -k : k * 2) * (k < 3 ? 1 : 2);
            System.out.println("acc " + acc);
        }

        // Ternaries of other types.
        for (int k = 0; k < 5; k++) {
            char c = k % 2 == 0 ? 'e' : 'o';
            boolean big = k > 2 ? true : false;
            String s = k == 0 ? "zero" : k == 1 ? "one" : k == 2 ? "two" : "many";
            System.out.println(k + " " + c + " " + big + " " + s + " " + (k > 1 ? "x" + k : "y"));
        }
        int[] p = { 1, 2, 3 };
        int[] q = { 4, 5 };
        for (int k = 0; k < 2; k++) {
            int[] pick = k == 0 ? p : q;
            System.out.println("picked length " + pick.length + " first " + pick[0] + " via ternary " + (k == 0 ? p : q)[1]);
        }
        // A ternary whose condition has side effects and whose branches call methods.
        int n = 0;
        for (int k = 0; k < 4; k++) {
            int v = (n++ & 1) == 0 ? sign(-k) : classify(k * 300);
            System.out.println("v " + v + " n " + n);
        }
        // Mixed widths: byte and char branches promote.
        byte bb = -1;
        char cc = 'Z';
        for (int k = 0; k < 2; k++) {
            int w = k == 0 ? bb : cc;
            System.out.println("widened " + w);
        }
        boolean cond = true;
        System.out.println(cond ? 'Y' : 'N');
        System.out.println(!cond ? 1 : 'N');
        int zero = 0;
        System.out.println(cond ? 'Y' : zero);
    }
}
