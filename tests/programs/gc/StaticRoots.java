// Objects reachable only from static fields: of the main class, of a nested class initialised
// mid-run, of an interface, a static array whose elements are the only references, and a static
// field reassigned during churn (the old target must become garbage, the new one must live).
// Garbage is produced between every check, so a collector that misses static roots loses them.
public class StaticRoots {
    static class Box {
        final int key; final int[] data; Box link;
        Box(int key) { this.key = key; data = new int[8]; for (int i = 0; i < 8; i++) data[i] = key ^ (i * 73); }
        int sum() { int s = key; for (int d : data) s += d; return s; }
    }

    interface Registry {
        Box[] SLOTS = new Box[16];
    }

    static class Lazy {
        static Box held = new Box(777);
        static Box chain;
    }

    static Box single = new Box(1);
    static Box[] table = new Box[10];
    static Object asObject;

    static int churn(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            Box tmp = new Box(i);
            tmp.link = new Box(-i);
            acc += tmp.sum() - tmp.link.sum();
        }
        return acc;
    }

    static int checkAll() {
        int s = single.sum();
        for (Box b : table) if (b != null) s += b.sum();
        for (Box b : Registry.SLOTS) if (b != null) s += b.sum();
        for (Box b = Lazy.chain; b != null; b = b.link) s += b.sum();
        s += ((Box) asObject).sum();
        return s;
    }

    public static void main(String[] args) {
        for (int i = 0; i < table.length; i += 2) table[i] = new Box(100 + i);
        for (int i = 0; i < Registry.SLOTS.length; i += 3) Registry.SLOTS[i] = new Box(200 + i);
        asObject = new Box(300);
        int base = checkAll();
        System.out.println("initial checksum " + base + " churn " + churn(2000));
        System.out.println("after churn " + checkAll() + " " + (checkAll() == base));

        System.out.println("lazy class held " + Lazy.held.sum());
        for (int i = 0; i < 30; i++) { Box b = new Box(400 + i); b.link = Lazy.chain; Lazy.chain = b; }
        int withChain = checkAll();
        System.out.println("with chain " + withChain + " churn " + churn(3000));
        System.out.println("after churn " + checkAll() + " " + (checkAll() == withChain) + " held " + Lazy.held.sum());

        for (int round = 0; round < 20; round++) {
            single = new Box(round * 11);         // the previous single becomes garbage
            table[round % table.length] = round % 3 == 0 ? null : new Box(500 + round);
            churn(300);
        }
        System.out.println("after reassignments " + checkAll() + " single " + single.key);
        Lazy.chain = Lazy.chain.link.link; // drop two
        asObject = Registry.SLOTS[3];
        churn(1000);
        int count = 0;
        for (Box b = Lazy.chain; b != null; b = b.link) count++;
        System.out.println("final " + checkAll() + " chain length " + count + " asObject key " + ((Box) asObject).key);
    }
}
