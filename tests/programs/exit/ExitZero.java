// System.exit(0) in the middle of main ends the program with status 0 without running the rest;
// a computed status would be masked by nothing (the status is the int given).
public class ExitZero {
    public static void main(String[] a) {
        int status = 0;
        for (int i = 1; i <= 3; i++) {
            status += i;
            System.out.println("status so far " + status);
        }
        System.out.println("exit " + (status - 6));
        System.exit(status - 6);
        System.out.println("not reached");
    }
}
