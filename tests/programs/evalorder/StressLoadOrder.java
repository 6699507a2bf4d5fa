// Evaluation order of a compound assignment a[i] += f(): the element is loaded (with its null and
// bounds checks) before f() runs, so with an index past the end the failure comes before f()
// prints anything in that iteration. Earlier iterations show f() sees the old element values.
public class StressLoadOrder {
    static int[] data = {1, 2, 3};

    static int f(int k) {
        System.out.println("f " + k + " sees " + data[0] + "," + data[1] + "," + data[2]);
        return k * 10;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) data[i] += f(i);
        System.out.println("not reached");
    }
}
