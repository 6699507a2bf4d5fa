// Class and method names beyond ASCII and with '$': nested classes Größe, 日本 and $Dollar$, methods
// λ and 値, a field 𝔸rr (a supplementary character, a surrogate pair in UTF-16 and four bytes in
// UTF-8). The frame table, the symbol names in the assembly and the NullPointerException message
// all carry these names; the report must spell them exactly as HotSpot does, in UTF-8.
public class Stress3UnicodeNames {
    static class Größe {
        static int[] daten;

        static int λ(int n) {
            return n <= 0 ? daten[0] : λ(n - 1) + 1;
        }
    }

    static class 日本 {
        static int 値(int k) {
            return Größe.λ(k);
        }
    }

    static class $Dollar$ {
        static int[] 𝔸rr = {3, 1, 4};

        static int $sum$() {
            int s = 0;
            for (int i = 0; i < 𝔸rr.length; i++) s += 𝔸rr[i];
            return s;
        }
    }

    public static void main(String[] args) {
        System.out.println("start ü 日本 𝔸");
        System.out.println("sum " + $Dollar$.$sum$() + " " + $Dollar$.𝔸rr.length);
        Größe.daten = new int[] {40};
        System.out.println("λ " + 日本.値(2));
        Größe.daten = null;
        System.out.println(日本.値(3));
    }
}
