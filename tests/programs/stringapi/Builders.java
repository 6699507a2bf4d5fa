// java.lang.StringBuilder through the whole-class substitute: chained appends of every supported
// type, insert, reverse, delete, replace, setLength, charAt/setCharAt, indexOf, growth past the
// initial capacity, builders in fields and arrays, getClass().getName(), and a null builder's NPE.
public class Builders {
    static StringBuilder log = new StringBuilder();
    static class Item { String name; int qty; Item(String n, int q) { name = n; qty = q; } public String toString() { return name + "x" + qty; } }

    static String table(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i).append(i < n ? "," : "\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("start");
        sb.append(' ').append(42).append(true).append((Object) new Item("bolt", 3)).append((String) null);
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, "<").insert(sb.length(), '>').insert(1, 7);
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb.toString());
        sb.reverse().delete(1, 3).deleteCharAt(0).replace(0, 4, "BEGIN");
        System.out.println(sb + " " + sb.indexOf("true") + " " + sb.indexOf("zzz") + " " + sb.charAt(2));
        sb.setCharAt(0, 'b');
        sb.setLength(5);
        System.out.println("[" + sb + "] " + sb.length());
        System.out.print(table(30));
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 200; i++) big.append((char) ('a' + i % 26));
        System.out.println(big.length() + " " + big.charAt(199));
        Object o = big;
        System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + (o instanceof StringBuilder));
        StringBuilder[] many = new StringBuilder[3];
        for (int i = 0; i < many.length; i++) many[i] = new StringBuilder().append(i * 11);
        System.out.println(many[0] + "|" + many[1] + "|" + many[2]);
        log.append("a").append(1);
        StringBuilder none = args.length > 5 ? log : null;
        System.out.println(log);
        none.append(1);
    }
}
