// Strings and builders as garbage: concatenation in loops (each += makes a new String and a
// builder's buffer), StringBuilder growth by doubling, substring/toUpperCase/repeat results
// dropped immediately, and a small table of strings kept alive (only from a String[] in a field of
// an object reachable from a local) and checked by content and hash after every round.
public class StringChurn {
    static class Keeper {
        final String[] kept = new String[16];
        int n;
        void keep(String s) { kept[n++ % kept.length] = s; }
        int digest() {
            int h = 0;
            for (String s : kept) h = h * 31 + (s == null ? 0 : s.hashCode());
            return h;
        }
    }

    static int churn(int round) {
        String s = "";
        for (int i = 0; i < 40; i++) s += (char) ('a' + (i + round) % 26);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) sb.append(s.substring(i % 5, i % 5 + 3)).append(i);
        String up = sb.toString().toUpperCase();
        String rep = "xy".repeat(round % 20);
        return s.hashCode() ^ up.length() ^ rep.length() ^ up.substring(10, 20).hashCode();
    }

    public static void main(String[] args) {
        Keeper k = new Keeper();
        for (int i = 0; i < 16; i++) k.keep("kept-" + i + "-" + "#".repeat(i));
        int digest = k.digest();
        System.out.println("initial digest " + digest);
        int acc = 0;
        for (int round = 1; round <= 150; round++) {
            acc += churn(round);
            if (round % 30 == 0) {
                System.out.println("round " + round + " acc " + acc + " kept " + (k.digest() == digest ? "intact" : "CHANGED"));
            }
        }
        // Replace half the kept strings with fresh ones built from pieces.
        for (int i = 0; i < 8; i++) k.keep(new StringBuilder("new").append(i * i).reverse().toString());
        int digest2 = k.digest();
        for (int round = 0; round < 40; round++) acc ^= churn(round);
        System.out.println("after replacement " + (k.digest() == digest2) + " first " + k.kept[0] + " last " + k.kept[15] + " acc " + acc);
    }
}
