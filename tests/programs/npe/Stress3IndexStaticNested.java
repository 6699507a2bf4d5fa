// The index of the null row is a static field of a nested class, and the array a static field of
// another nested class: HotSpot spells both with their binary names,
// "Stress3IndexStaticNested$Data.rows[Stress3IndexStaticNested$Cfg.row]". A store into that row.
public class Stress3IndexStaticNested {
    static class Cfg {
        static int row = 1;
        static int col = 2;
    }

    static class Data {
        static char[][] rows = new char[3][];
    }

    public static void main(String[] args) {
        Data.rows[0] = new char[4];
        Data.rows[2] = new char[4];
        for (int r = 2; r >= 0; r -= 2) {
            Cfg.row = r;
            Data.rows[Cfg.row][Cfg.col] = (char) ('a' + r);
            System.out.println("row " + r + " " + Data.rows[r][2]);
        }
        Cfg.row = 1;
        Data.rows[Cfg.row][Cfg.col] = 'z';
    }
}
