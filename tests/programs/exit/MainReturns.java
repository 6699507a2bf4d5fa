// main returning normally gives exit status 0, also when it returns early from inside a loop;
// static initialisation and output before the return are kept.
public class MainReturns {
    static int ticks = 5;

    public static void main(String[] a) {
        System.out.println("args: " + a.length);
        for (int i = 0; ; i++) {
            System.out.println("tick " + i + " of " + ticks);
            if (i == ticks) {
                System.out.println("returning");
                return;
            }
        }
    }
}
