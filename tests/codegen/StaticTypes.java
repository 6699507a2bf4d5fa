// Codegen expectations for what the IR's static classes of references buy (see CodegenTest):
// calls on a receiver whose class the front end knows go straight to the one implementation, and
// a cast the value's class already satisfies costs nothing, and one to a class without subclasses
// is a compare.
public class StaticTypes {
    abstract static class Shape {
        abstract int area();
    }

    static final class Square extends Shape {
        int side = 3;

        int area() {
            return side * side;
        }
    }

    static final class Disc extends Shape {
        int r = 2;

        int area() {
            return 3 * r * r;
        }
    }

    // The receiver is a new Square: one target, Square.area, no virtual table load; so small that
    // it is inlined (no call), and side, which only the constructor assigns, is 3 in every Square:
    // side * side folds to 9 (rtgo.opt.FinalFields).
    // thumb: -bl .*StaticTypes\$Square\.area
    // thumb: movs r0, #9
    // thumb: -blx
    static int newThenCall() {
        Shape s = new Square();
        return s.area();
    }

    static Square kept = new Square();

    // A field typed Square holds only Squares: one target again, inlined, and folded as above.
    // thumb: -bl .*StaticTypes\$Square\.area
    // thumb: movs r0, #9
    // thumb: -blx
    static int fieldThenCall() {
        return kept.area();
    }

    // Through the abstract class, two classes are instantiated: the call dispatches.
    // thumb: blx
    static int dispatched(Shape s) {
        return s.area();
    }

    // A cast to a superclass of what the value is known to be cannot fail: no runtime check.
    // thumb: -bl .*checkCast
    static int castUp() {
        Object o = new Square();
        Shape s = (Shape) o;
        return s == null ? 0 : 1;
    }

    // A cast of a parameter typed Object stays checked; Square has no subclass, so inline: one
    // compare of the descriptor word, and only the stub of a failure calls (Throw.classCast).
    // thumb: -bl .*checkCast
    // thumb: bl .*classCast
    static int castDown(Object o) {
        return ((Square) o).side;
    }

    // instanceof Square is the same compare, no call.
    // thumb: -bl .*isInstance
    static int testDown(Object o) {
        return o instanceof Square ? 1 : 0;
    }

    // Shape has subclasses: a cast to it calls Types.checkCast.
    // thumb: bl .*checkCast
    static int castToBase(Object o) {
        return ((Shape) o).area();
    }

    // After instanceof Square held, a cast of the same value to Square cannot fail and the value
    // is not null (rtgo.opt.NullFacts): no class compare's stub, no null check's.
    // thumb: -bl .*classCast
    // thumb: -bl .*Throw\.nullPointer
    static int castAfterTest(Object o) {
        if (o instanceof Square) {
            return ((Square) o).side;
        }
        return 0;
    }

    // The same shape on another value: its cast and null check stay.
    // thumb: bl .*classCast
    // thumb: bl .*Throw\.nullPointer
    static int castAfterOtherTest(Object o, Object p) {
        if (o instanceof Square) {
            return ((Square) p).side;
        }
        return 0;
    }

    // An array typed Square[] can only be a Square[] (Square has no subclass), so a Square stored
    // into it always fits: no aastore check (Throw.checkArrayStore).
    // thumb: -bl .*checkArrayStore
    static void storeLeaf(Square[] a, Square s) {
        a[0] = s;
    }

    // Shape[] may be a Square[] or a Disc[] at run time: the store stays checked.
    // thumb: bl .*checkArrayStore
    static void storeBase(Shape[] a, Shape s) {
        a[0] = s;
    }

    // Object[] may be any reference array: checked, even for a value of a class without subclasses.
    // thumb: bl .*checkArrayStore
    static void storeIntoObjects(Object[] a, Square s) {
        a[0] = s;
    }

    /** Every write of items stores a new Object[]: it is always exactly an Object[]. */
    static final class Bag {
        Object[] items = new Object[4];

        void grow() {
            items = new Object[items.length * 2];
        }
    }

    /** shapes is assigned a Square[] once and a parameter elsewhere: its class is not known. */
    static Shape[] shapes = new Square[2];

    static void setShapes(Shape[] s) {
        shapes = s;
    }

    // Storing into a field that only ever holds a new Object[] (rtgo.opt.StaticFacts, exact
    // arrays): anything fits, no aastore check.
    // thumb: -bl .*checkArrayStore
    static void storeIntoBag(Bag b, Object o) {
        b.items[1] = o;
    }

    // Into an array this method made: its class is the one it was made with.
    // thumb: -bl .*checkArrayStore
    static Object[] storeIntoFresh(Disc d) {
        Shape[] a = new Shape[2];
        a[0] = d;
        return a;
    }

    static Runnable[] tasks = new Runnable[2];

    // An exact Runnable[] but a value typed by an interface, which the JVM's verifier does not
    // check: the store stays checked.
    // thumb: bl .*checkArrayStore
    static void storeTask(Runnable r) {
        tasks[0] = r;
    }

    // A field that may hold any Shape[] (setShapes) keeps its check.
    // thumb: bl .*checkArrayStore
    static void storeIntoShapes(Shape s) {
        shapes[0] = s;
    }

    // new of a class whose size the layout gives: Heap.allocSmall with the rounded size, which
    // needs no descriptor read.
    // thumb: bl .*Heap\.allocSmall
    // thumb: -bl .*Heap\.allocObject
    static Object newDisc() {
        return new Disc();
    }

    public static void main(String[] args) {
        Bag bag = new Bag();
        storeIntoBag(bag, kept);
        bag.grow();
        storeIntoFresh(new Disc());
        setShapes(new Square[1]);
        storeIntoShapes(kept);
        storeTask(() -> { });
        newDisc();
        Square[] squares = new Square[1];
        storeLeaf(squares, kept);
        storeBase(squares, kept);
        storeIntoObjects(new Shape[1], kept);
        int n = castAfterTest(kept) + castAfterOtherTest(kept, kept) + newThenCall() + fieldThenCall() + dispatched(new Disc()) + castUp() + castDown(new Square())
                + testDown(kept) + castToBase(new Disc());
        if (n < 0) {
            System.out.println(n);
        }
    }
}
