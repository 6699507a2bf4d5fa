// Values that javac leaves on the operand stack across branches, so the SSA builder must merge
// stack slots, not only locals: an operand pushed before a ternary or a short-circuit condition
// (a + (c ? b : d)), call arguments of which a middle one branches, an array store whose array and
// index are pushed before the value's branches, nested ternaries inside arguments inside loops, and
// a condition that is constant after javac (x != y && false) so both branch targets coincide.
public class StressStackPhis {
    static int[] arr = new int[8];

    static int f(int a, int b, int c, int d, int e) {
        return a * 10000 + b * 1000 + c * 100 + d * 10 + e;
    }

    public static void main(String[] args) {
        int acc = 0;
        for (int i = 0; i < 12; i++) {
            int a = i * 3, b = i ^ 5;
            acc += a + (i % 3 == 0 ? b : -b) * (i > 6 ? 2 : 1);
            acc ^= f(i & 1, (i & 2) != 0 ? 7 : 8, i > 5 && i < 9 ? 1 : 0, i % 4 == 1 || i == 10 ? 3 : 4, i);
            arr[i & 7] = (i & 1) == 0 ? a + acc % 5 : b - acc % 7;
            arr[(i + 1) & 7] += i < 4 ? (i < 2 ? 1 : 2) : (i < 8 ? 3 : 4);
            acc += (a != b) && false ? 1 : 0;
            acc += (arr[i & 7] != b) || true ? 0 : 1;
            System.out.println(i + " " + acc + " " + arr[i & 7] + " " + arr[(i + 1) & 7]);
        }
        int once = 5;
        for (int i = 0; i < 1; i++) once += (arr[i] > 0 ? 1 : 0) + (i == 0 ? 10 : 20);
        System.out.println("once " + once);
        int s = 0;
        for (int i = 0; i < arr.length; i++) s = s * 7 + arr[i];
        System.out.println("arr " + s);
    }
}
