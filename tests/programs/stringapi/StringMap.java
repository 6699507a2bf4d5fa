// A hand-written hash map from String keys to int counts (open addressing with linear probing
// and resizing), keyed by String.hashCode and compared with equals, fed by words split out of a
// text with indexOf/substring; keys with colliding hashes ("Aa"/"BB"), an empty key, and a final
// sorted listing by compareTo. Exercises the String API under load and many small objects.
public class StringMap {
    static class Map {
        String[] keys = new String[8];
        int[] vals = new int[8];
        int size, probes, resizes;

        int slot(String k, String[] ks) {
            int i = (k.hashCode() & 0x7fffffff) % ks.length;
            while (ks[i] != null && !ks[i].equals(k)) { i = (i + 1) % ks.length; probes++; }
            return i;
        }

        void add(String k, int delta) {
            if ((size + 1) * 4 > keys.length * 3) grow();
            int i = slot(k, keys);
            if (keys[i] == null) { keys[i] = k; size++; }
            vals[i] += delta;
        }

        int get(String k) {
            int i = slot(k, keys);
            return keys[i] == null ? 0 : vals[i];
        }

        void grow() {
            resizes++;
            String[] ok = keys; int[] ov = vals;
            keys = new String[ok.length * 2];
            vals = new int[ok.length * 2];
            for (int j = 0; j < ok.length; j++) if (ok[j] != null) { int i = slot(ok[j], keys); keys[i] = ok[j]; vals[i] = ov[j]; }
        }

        String[] sortedKeys() {
            String[] out = new String[size];
            int n = 0;
            for (String k : keys) if (k != null) out[n++] = k;
            for (int i = 1; i < n; i++) {
                String x = out[i]; int j = i - 1;
                while (j >= 0 && out[j].compareTo(x) > 0) { out[j + 1] = out[j]; j--; }
                out[j + 1] = x;
            }
            return out;
        }
    }

    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, "
                + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
                + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
                + "it was the winter of despair.";
        Map m = new Map();
        int words = 0, start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) end = text.length();
            String w = text.substring(start, end).toLowerCase();
            while (w.endsWith(",") || w.endsWith(".")) w = w.substring(0, w.length() - 1);
            m.add(w, 1);
            words++;
            start = end + 1;
        }
        System.out.println("words " + words + " distinct " + m.size + " resizes " + m.resizes + " capacity " + m.keys.length);
        String[] ks = m.sortedKeys();
        StringBuilder sb = new StringBuilder();
        for (String k : ks) sb.append(k).append('=').append(m.get(k)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println("it=" + m.get("it") + " the=" + m.get("the") + " missing=" + m.get("missing") + " IT=" + m.get("IT"));

        Map c = new Map();
        String[] colliding = { "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "Aa", "" };
        for (int i = 0; i < colliding.length; i++) c.add(colliding[i], i + 1);
        String r = "";
        for (String k : c.sortedKeys()) r += "'" + k + "'=" + c.get(k) + " ";
        System.out.println("collisions: " + r + "size " + c.size + " probes>0 " + (c.probes > 0));

        // Many generated keys.
        Map g = new Map();
        for (int i = 0; i < 600; i++) g.add("k" + (i * 7919 % 211), i);
        int total = 0;
        for (int i = 0; i < 211; i++) total += g.get("k" + i);
        System.out.println("generated: size " + g.size + " resizes " + g.resizes + " total " + total + " k0=" + g.get("k0") + " k210=" + g.get("k210"));
    }
}
