// Uncaught failure inside an enum constructor: the enum's class initialiser runs the constructor,
// so HotSpot reports ExceptionInInitializerError caused by the bounds failure; the device must not
// take the direct report there.
public class UrEnumConstructor {
    static final int[] WEIGHTS = { 10, 20 };

    enum Level {
        LOW(0), MID(1), HIGH(2);

        final int weight;

        Level(int i) {
            weight = WEIGHTS[i];
        }
    }

    public static void main(String[] args) {
        System.out.println("weights " + WEIGHTS.length);
        System.out.println(Level.LOW.weight);
    }
}
