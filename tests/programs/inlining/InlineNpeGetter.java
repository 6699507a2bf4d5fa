// A null receiver of a getter and a setter that the compiler inlines: the NullPointerException
// must still carry HotSpot's helpful message naming the method that was called ("Cannot invoke
// \"InlineNpeGetter$Box.get()\" because ..."), and the trace must point at the caller's line.
public class InlineNpeGetter {
    static final class Box {
        private int v;

        Box(int v) {
            this.v = v;
        }

        int get() {
            return v;
        }

        void set(int x) {
            v = x;
        }
    }

    static Box[] boxes = new Box[3];
    static Box field;

    static int sum(Box[] bs) {
        int s = 0;
        for (int i = 0; i < bs.length; i++) {
            s += bs[i].get();
        }
        return s;
    }

    static int readField() {
        return field.get();
    }

    public static void main(String[] args) {
        boxes[0] = new Box(1);
        boxes[1] = new Box(2);
        try {
            System.out.println(sum(boxes));
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
            e.printStackTrace();
        }
        try {
            System.out.println(readField());
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
        Box local = boxes[2];
        try {
            local.set(4);
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
        boxes[2] = new Box(3);
        for (Box b : boxes) {
            b.set(b.get() * 10);
        }
        System.out.println(sum(boxes));
    }
}
