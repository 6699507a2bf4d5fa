// Uncaught NPE reported from the stack: invoking a method on the null return value of a static
// lookup (the message names the called method and the method whose result was null), an interface
// call on a null static field, and the trace through an instance method.
public class UrReturnValueCall {
    interface Shape {
        int area();
    }

    record Square(int side) implements Shape {
        public int area() {
            return side * side;
        }
    }

    static Shape[] table = { new Square(2), new Square(3) };

    static Shape find(int key) {
        for (Shape s : table) {
            if (s.area() == key) {
                return s;
            }
        }
        return null;
    }

    int report(int key) {
        return find(key).area() + 1;
    }

    public static void main(String[] args) {
        UrReturnValueCall r = new UrReturnValueCall();
        System.out.println(r.report(4));
        System.out.println(r.report(9));
        System.out.println(r.report(5));
    }
}
