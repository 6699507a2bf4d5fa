// Enum methods reached in unusual ways: a switch on an enum, constant-specific bodies overriding an
// abstract method, toString overridden in one constant, name/ordinal/compareTo/equals/hashCode
// consistency through Object and Comparable, valueOf, values(), and an EnumMap-free lookup table.
import java.util.Arrays;

public class LcEnumPaths {
    enum Op {
        ADD {
            int apply(int a, int b) {
                return a + b;
            }
        },
        MUL {
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times";
            }
        };

        abstract int apply(int a, int b);
    }

    enum Size { S, M, L }

    static String label(Size s) {
        switch (s) {
            case S: return "small";
            case L: return "large";
            default: return "medium";
        }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            Object o = op;
            Comparable<Op> c = op;
            System.out.println(op + " " + op.name() + " " + op.apply(6, 7) + " " + o.equals(Op.ADD) + " "
                + c.compareTo(Op.MUL) + " " + (o.hashCode() == System.identityHashCode(op)) + " " + op.getDeclaringClass().getSimpleName());
        }
        for (Size s : Size.values()) {
            System.out.print(label(s) + "/" + s.ordinal() + " ");
        }
        System.out.println();
        System.out.println(Size.valueOf("L").compareTo(Size.S) + " " + Op.valueOf("MUL") + " " + Arrays.toString(Size.values()));
        String r = switch (Size.valueOf("M")) {
            case S -> "s";
            case M -> "m";
            case L -> "l";
        };
        System.out.println(r);
    }
}
