// Uncaught NPE from a switch on a null String: javac switches on the hashCode of a synthetic
// local that has no name, so HotSpot's message names it by slot ("<localN>"); the device must
// print the same slot number. An enum switch on a non-null value runs first.
public class UrSwitchOnNull {
    enum Color { RED, GREEN }

    static String pick(int i) {
        return i == 0 ? "one" : i == 1 ? "two" : null;
    }

    static int code(Color c) {
        switch (c) {
            case RED: return 1;
            case GREEN: return 2;
            default: return 0;
        }
    }

    static int value(String s) {
        int base = s == null ? 0 : 10;
        switch (s) {
            case "one": return base + 1;
            case "two": return base + 2;
            default: return base;
        }
    }

    public static void main(String[] args) {
        System.out.println(code(Color.GREEN));
        for (int i = 0; i < 3; i++) {
            System.out.println(value(pick(i)));
        }
    }
}
