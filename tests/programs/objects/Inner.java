// Inner classes with this$0, local and anonymous classes capturing locals, static nested classes,
// an inner class of an inner class, and abstract-class anonymous subclasses called virtually.
public class Inner {
    int base = 100;
    abstract static class Op { abstract int apply(int x); String name() { return "op"; } }

    class Adder extends Op {
        int k;
        Adder(int k) { this.k = k; }
        int apply(int x) { return x + k + base; }
        class Deeper { int twice(int x) { return 2 * apply(x) + base; } }
    }

    Op make(int m) {
        int local = m * 3;
        return new Op() {
            int apply(int x) { return x * local + base; }
            String name() { return "anon" + local; }
        };
    }

    static Op constant(int c) {
        class Const extends Op { int apply(int x) { return c; } String name() { return "const" + c; } }
        return new Const();
    }

    public static void main(String[] args) {
        Inner o = new Inner();
        Op[] ops = { o.new Adder(5), o.make(2), constant(42), o.make(-1) };
        o.base = 1;
        for (int i = 0; i < ops.length; i++) {
            System.out.println(ops[i].name() + " " + ops[i].apply(10));
        }
        Inner.Adder a = o.new Adder(3);
        Inner.Adder.Deeper d = a.new Deeper();
        System.out.println(d.twice(4));
        Op[][] grid = new Op[2][3];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) grid[i][j] = (i + j) % 2 == 0 ? constant(i * 10 + j) : o.make(i + j);
        int s = 0;
        for (Op[] row : grid) for (Op p : row) s += p.apply(s % 7);
        System.out.println("grid " + s);
        System.out.println(grid[1][2] instanceof Op);
        System.out.println(grid[0][1] == null);
    }
}
