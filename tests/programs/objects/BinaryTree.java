// A binary search tree of objects: recursive insert returning the new subtree root, deletion with
// the in-order successor (reassigning child fields through several references), traversals into
// a shared accumulator object, height/size, and a rotation-based rebalance check. A deterministic
// pseudo-random key sequence keeps it reproducible.
public class BinaryTree {
    static class Node {
        int key; String label; Node left, right;
        Node(int key) { this.key = key; this.label = "k" + key; }
    }

    static class Acc {
        StringBuilder sb = new StringBuilder(); int count; int sum;
        void add(Node n) { if (count++ > 0) sb.append(','); sb.append(n.key); sum += n.key; }
    }

    static Node insert(Node t, int k) {
        if (t == null) return new Node(k);
        if (k < t.key) t.left = insert(t.left, k);
        else if (k > t.key) t.right = insert(t.right, k);
        return t;
    }

    static Node delete(Node t, int k) {
        if (t == null) return null;
        if (k < t.key) { t.left = delete(t.left, k); return t; }
        if (k > t.key) { t.right = delete(t.right, k); return t; }
        if (t.left == null) return t.right;
        if (t.right == null) return t.left;
        Node s = t.right;
        while (s.left != null) s = s.left;
        t.key = s.key; t.label = s.label + "'";
        t.right = delete(t.right, s.key);
        return t;
    }

    static void inorder(Node t, Acc a) { if (t != null) { inorder(t.left, a); a.add(t); inorder(t.right, a); } }
    static void preorder(Node t, Acc a) { if (t != null) { a.add(t); preorder(t.left, a); preorder(t.right, a); } }
    static int height(Node t) { return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right)); }
    static int size(Node t) { return t == null ? 0 : 1 + size(t.left) + size(t.right); }
    static boolean valid(Node t, int lo, int hi) {
        return t == null || (t.key > lo && t.key < hi && valid(t.left, lo, t.key) && valid(t.right, t.key, hi));
    }

    static Node rotateRight(Node t) { Node l = t.left; t.left = l.right; l.right = t; return l; }
    static Node rotateLeft(Node t) { Node r = t.right; t.right = r.left; r.left = t; return r; }

    // Day-Stout-Warren style: flatten into a right vine, then fold it into a balanced tree.
    static Node balance(Node root) {
        Node pseudo = new Node(Integer.MIN_VALUE);
        pseudo.right = root;
        Node tail = pseudo, rest = tail.right;
        int n = 0;
        while (rest != null) {
            if (rest.left == null) { tail = rest; rest = rest.right; n++; }
            else { rest = rotateRight(rest); tail.right = rest; }
        }
        int m = 1;
        while (m <= n) m = m * 2;
        m = m / 2 - 1;
        compress(pseudo, n - m);
        while (m > 1) { m /= 2; compress(pseudo, m); }
        return pseudo.right;
    }

    static void compress(Node pseudo, int count) {
        Node scan = pseudo;
        for (int i = 0; i < count; i++) { scan.right = rotateLeft(scan.right); scan = scan.right; }
    }

    static String show(String what, Node t) {
        Acc in = new Acc(); inorder(t, in);
        return what + ": size " + size(t) + " height " + height(t) + " valid " + valid(t, Integer.MIN_VALUE, Integer.MAX_VALUE)
                + " sum " + in.sum + " [" + in.sb + "]";
    }

    public static void main(String[] args) {
        Node root = null;
        int x = 12345;
        for (int i = 0; i < 60; i++) {
            x = x * 1103515245 + 12345;
            root = insert(root, (x >>> 16) % 200);
        }
        System.out.println(show("random", root));
        Acc pre = new Acc(); preorder(root, pre);
        System.out.println("preorder head " + pre.sb.substring(0, 40));
        for (int k = 0; k < 200; k += 3) root = delete(root, k);
        System.out.println(show("after deleting multiples of 3", root));
        root = delete(root, root.key);
        System.out.println("root after deleting root: " + root.key + " label " + root.label);
        root = balance(root);
        System.out.println(show("balanced", root));

        Node chain = null;
        for (int k = 1; k <= 40; k++) chain = insert(chain, k);
        System.out.println(show("degenerate", chain));
        chain = balance(chain);
        System.out.println(show("rebalanced", chain));
        Acc p2 = new Acc(); preorder(chain, p2);
        System.out.println("preorder " + p2.sb);
    }
}
