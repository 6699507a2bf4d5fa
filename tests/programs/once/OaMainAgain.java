// main runs more than once when the program calls it itself (directly and through another
// class): the arrays main makes outside loops must then be new each time, and zeroed.
public class OaMainAgain {
    static int depth;
    static int[] previous;

    static class Relay {
        static void again() {
            OaMainAgain.main(new String[] { "relay" });
        }
    }

    public static void main(String[] args) {
        int[] mine = new int[4];
        char[] tag = new char[2];
        System.out.println("depth " + depth + " args " + args.length + " zero " + mine[0] + mine[3] + " tag "
            + (int) tag[0] + " same " + (mine == previous));
        mine[0] = depth + 100;
        tag[0] = (char) ('A' + depth);
        previous = mine;
        depth++;
        if (depth == 1) {
            main(new String[] { "x", "y" });
        } else if (depth == 2) {
            Relay.again();
        }
        System.out.println("back " + mine[0] + " " + tag[0] + " mine==previous " + (mine == previous));
    }
}
