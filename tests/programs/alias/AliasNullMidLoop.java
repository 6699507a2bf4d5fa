// A field read on an object that becomes null in the middle of the loop: the NullPointerException
// must come at exactly the iteration HotSpot throws it, after the output of the iterations before
// it, with HotSpot's message; then the same with an array row, and finally uncaught, so that the
// stack trace is compared too.
public class AliasNullMidLoop {
    static final class Node {
        int weight;
        Node(int w) {
            weight = w;
        }
    }

    static Node[] nodes = {new Node(1), new Node(2), null, new Node(4)};
    static Node shared = new Node(5);
    static int[][] grid = {{1, 2}, {3, 4}, null};

    static int walk() {
        int s = 0;
        for (int i = 0; i < nodes.length; i++) {
            System.out.println("visit " + i);
            s += nodes[i].weight + shared.weight;
        }
        return s;
    }

    static int sharedGoesNull() {
        int s = 0;
        for (int i = 0; i < 4; i++) {
            s += shared.weight;
            System.out.println("step " + i + " " + s);
            if (i == 1) {
                shared = null;
            }
        }
        return s;
    }

    static int rows() {
        int s = 0;
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < 2; j++) {
                s += grid[i][j];
            }
            System.out.println("row " + i + " " + s);
        }
        return s;
    }

    public static void main(String[] args) {
        try {
            System.out.println(walk());
        } catch (NullPointerException e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            System.out.println(rows());
        } catch (NullPointerException e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println(sharedGoesNull());
    }
}
