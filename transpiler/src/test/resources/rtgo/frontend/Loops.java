// Front-end golden input: a counted loop over an array (rotated, peeled, checks hoisted and
// eliminated after optimisation), a loop whose stack carries a value across blocks (ternary), and a
// dense switch.
public class Loops {
    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    static int pick(int x, int y) {
        return x > y ? x - y : y - x;
    }

    static int classify(int c) {
        switch (c) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 4: return 14;
            default: return -1;
        }
    }

    public static void main(String[] args) {
        System.out.println(sum(new int[] {1, 2, 3}) + pick(3, 5) + classify(2));
    }
}
