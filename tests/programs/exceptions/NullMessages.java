// JDK 14+ "helpful" NullPointerException messages on object operations, all caught: the failed
// action (invoke, read field, assign field, load from/store to array, array length, throw) and the
// description of the null value: a local, a parameter, this.field, a static field, an array
// element, a method's return value, a chain of fields, and a cast expression.
public class NullMessages {
    interface Shape { int area(); }

    static class Node {
        int value; Node next; Node[] kids; String label; Shape shape;
        Node find(int v) { return value == v ? this : null; }
        int nextValue() { return next.value; }
        int kidValue(int i) { return kids[i].value; }
    }

    static Node root;
    static int count;

    static void run(int k, Node n, Node[] arr) {
        count++;
        Node local = null;
        Object obj = null;
        try {
            switch (k) {
                case 0: System.out.println(local.value); break;
                case 1: local.value = 1; break;
                case 2: n.next.nextValue(); break;
                case 3: root.next = n; break;
                case 4: System.out.println(n.find(99).value); break;
                case 5: n.next.next.value = 5; break;
                case 6: n.kidValue(0); break;
                case 7: arr[1].label.length(); break;
                case 8: n.shape.area(); break;
                case 9: System.out.println(((Node) obj).label); break;
                case 10: System.out.println(n.kids.length); break;
                case 11: n.kids[0] = n; break;
                case 12: { Node[] none = n.kids; System.out.println(none[0]); break; }
                case 13: { RuntimeException e = n.label == null ? null : new RuntimeException(); throw e; }
                case 14: System.out.println(n.find(1).next.find(2).label.length()); break;
                default: System.out.println(arr[(count + 1) % 3].value); break;
            }
            System.out.println(k + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(k + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Node n = new Node();
        n.value = 1;
        n.next = new Node();
        Node[] arr = { n, new Node(), null };
        for (int k = 0; k <= 15; k++) run(k, n, arr);
        System.out.println("runs " + count);
    }
}
