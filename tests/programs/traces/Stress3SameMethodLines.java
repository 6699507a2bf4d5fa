// The same methods appear several times on the stack, each time at a different line: ping calls
// pong from three different lines depending on n % 3, and pong calls ping back from two. The
// trace must give each frame the line of its own call site.
public class Stress3SameMethodLines {
    static int[] cells = new int[5];

    static int ping(int n) {
        if (n <= 0) {
            return cells[n - 1];
        }
        switch (n % 3) {
            case 0:
                return pong(n - 1) + 1;
            case 1:
                return pong(n - 2) * 2;
            default:
                return pong(n - 1) - 3;
        }
    }

    static int pong(int n) {
        if ((n & 1) == 0) {
            return ping(n - 1) + n;
        }
        return ping(n - 2) ^ n;
    }

    public static void main(String[] args) {
        System.out.println("pong " + cells.length);
        System.out.println(ping(9));
    }
}
