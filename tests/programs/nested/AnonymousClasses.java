// Anonymous classes: subclasses of an abstract class passing constructor arguments on, instance
// initialiser blocks, anonymous objects in static and instance field initialisers, an override
// called from the superclass constructor that already sees its captured values (javac stores
// captures before super()) but not its own fields, and $1, $2... numbering.
public class AnonymousClasses {
    static abstract class Task {
        final String name;
        String log = "";
        Task(String name) {
            this.name = name;
            log += "ctor(" + describe() + ") ";
        }
        abstract int run(int x);
        String describe() { return "task " + name; }
    }

    static final Task DOUBLE = new Task("double") {
        int run(int x) { return 2 * x; }
    };

    final int offset;
    final Task addOffset;

    AnonymousClasses(int offset) {
        this.offset = offset;
        addOffset = new Task("add" + offset) {
            int runs;
            { log += "init-block "; }
            int run(int x) { runs++; return x + AnonymousClasses.this.offset + runs; }
        };
    }

    Task captured(int factor, String suffix) {
        return new Task("mul" + suffix) {
            @Override String describe() {
                // Called from Task's constructor: captured factor and suffix are already set,
                // this class's own field 'mine' is not.
                return "mul by " + factor + suffix + " mine=" + mine;
            }
            String mine = "set";
            int run(int x) { return x * factor; }
        };
    }

    interface Shape { int area(); }

    public static void main(String[] args) {
        System.out.println(DOUBLE.name + " -> " + DOUBLE.run(21) + " log: " + DOUBLE.log);
        AnonymousClasses o = new AnonymousClasses(10);
        System.out.println(o.addOffset.run(1) + " " + o.addOffset.run(1) + " log: " + o.addOffset.log);
        Task m = o.captured(3, "x");
        System.out.println(m.run(14) + " log: " + m.log + " describe now: " + m.describe());

        Task[] chain = { DOUBLE, o.addOffset, m, new Task("neg") { int run(int x) { return -x; } } };
        int v = 1;
        String trace = "" + v;
        for (Task t : chain) { v = t.run(v); trace += " -" + t.name + "-> " + v; }
        System.out.println(trace);

        Shape[] shapes = new Shape[3];
        for (int i = 0; i < shapes.length; i++) {
            int side = i + 2;
            shapes[i] = i % 2 == 0
                    ? new Shape() { public int area() { return side * side; } public String toString() { return "sq" + side; } }
                    : new Shape() { public int area() { return side * (side + 1) / 2; } public String toString() { return "tri" + side; } };
        }
        String s = "";
        for (Shape sh : shapes) s += sh + "=" + sh.area() + " ";
        System.out.println(s);
        String names = "";
        Object[] objs = { DOUBLE, o.addOffset, m, chain[3], shapes[0], shapes[1] };
        for (Object x : objs) names += x.getClass().getName() + " ";
        System.out.println(names);
        System.out.println("anonymous is a Task: " + (m instanceof Task) + ", a Shape: " + (objs[4] instanceof Shape)
                + ", simple name empty: " + m.getClass().getSimpleName().isEmpty());
    }
}
