// Initialising a class first initialises its superclass (JVMS 5.5): reading Leaf.size runs Base's
// initialiser, which fails; the ExceptionInInitializerError thrown for Base propagates unchanged
// through Leaf's initialisation, so the report shows Base's <clinit> as the cause, triggered from
// main's line, and Leaf's own initialiser never prints.
public class Stress3SuperClinitFails {
    static int[] empty = new int[0];

    static class Base {
        static int first = pick(0);

        static int pick(int i) {
            System.out.println("Base.pick " + i);
            return empty[i];
        }
    }

    static class Mid extends Base {
        static int mid = log("Mid");
    }

    static class Leaf extends Mid {
        static int size = log("Leaf");
    }

    static int log(String s) {
        System.out.println("init " + s);
        return s.length();
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("size " + Leaf.size);
    }
}
