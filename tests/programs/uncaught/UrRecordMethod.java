// Uncaught failure inside a record's accessor-based method and its compact constructor's caller:
// a record method divides by a component that is zero; the trace names the record's method.
public class UrRecordMethod {
    record Rate(int amount, int per) {
        int unit() {
            return amount / per;
        }

        Rate scaled(int k) {
            return new Rate(amount * k, per * k);
        }
    }

    static int total(Rate[] rates) {
        int t = 0;
        for (Rate r : rates) {
            t += r.scaled(2).unit();
            System.out.println(r + " -> " + t);
        }
        return t;
    }

    public static void main(String[] args) {
        Rate[] rates = { new Rate(10, 5), new Rate(9, 3), new Rate(4, 0), new Rate(1, 1) };
        System.out.println(total(rates));
    }
}
