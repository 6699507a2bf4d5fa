// Final fields assigned in different branches of a constructor, with arrays of different lengths
// or different constants, and by several constructors (one delegating with this(...)): nothing
// may be assumed about the length or the value, only what every path stores. Subclass
// constructors add their own finals after super(...).
public class FinalsBranches {
    static class Box {
        final int[] cells;
        final int tag;
        final int same;

        Box(boolean big) {
            if (big) {
                cells = new int[12];
                tag = 1;
            } else {
                cells = new int[3];
                tag = 2;
            }
            same = 9;
        }

        Box() {
            this(false);
        }

        Box(int n) {
            cells = new int[n];
            tag = 3;
            same = 9;
        }

        int fill() {
            int s = 0;
            for (int i = 0; i < 12; i++) {
                try {
                    cells[i] = i;
                    s += cells[i] * same + tag;
                } catch (ArrayIndexOutOfBoundsException e) {
                    return -s - 1000 * i;
                }
            }
            return s;
        }
    }

    static class Crate extends Box {
        final int[] extra = new int[2];

        Crate() {
            super(true);
        }

        int both() {
            return fill() + extra.length + cells.length;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Box(true).fill());
        System.out.println(new Box(false).fill());
        System.out.println(new Box().fill());
        System.out.println(new Box(20).fill());
        System.out.println(new Crate().both());
        try {
            new Box(-1);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getMessage());
        }
    }
}
