// A class initialiser first run from the top of a loop body (where the initialisation check may be
// moved in front of the loop) and failing with a NullPointerException: the report is
// ExceptionInInitializerError at the loop's line, then the cause with HotSpot's helpful message
// ("Cannot read the array length because "Stress3ClinitHoisted$Source.raw" is null").
public class Stress3ClinitHoisted {
    static class Source {
        static int[] raw;
        static int size = raw.length;

        static int get(int i) {
            return size + i;
        }
    }

    public static void main(String[] args) {
        int s = 0;
        System.out.println("loop");
        for (int i = 0; i < 3; i++) {
            s += Source.get(i);
            System.out.println("i " + i + " s " + s);
        }
    }
}
