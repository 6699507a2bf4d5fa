// Mixed: double-entry bank ledger with checked exceptions, try/finally rollback, custom exception chaining with causes, balances in long cents, audit report
import java.util.*;
public class M02Ledger {
    static class LedgerException extends Exception { LedgerException(String m) { super(m); } LedgerException(String m, Throwable c) { super(m, c); } }
    static class Frozen extends LedgerException { Frozen(String acct) { super("account frozen: " + acct); } }
    record Entry(int seq, String debit, String credit, long cents, String memo) {}
    static final class Ledger {
        private final Map<String, Long> bal = new TreeMap<>();
        private final Set<String> frozen = new HashSet<>();
        private final List<Entry> journal = new ArrayList<>();
        private int seq;
        void open(String a, long initial) { bal.put(a, initial); }
        void post(String debit, String credit, long cents, String memo) throws LedgerException {
            if (cents <= 0) throw new LedgerException("amount must be positive: " + cents);
            if (!bal.containsKey(debit) || !bal.containsKey(credit)) throw new LedgerException("unknown account in " + debit + "->" + credit);
            if (frozen.contains(debit)) throw new Frozen(debit);
            long d = bal.get(debit);
            if (d < cents && !debit.startsWith("ext:")) throw new LedgerException(debit + " insufficient: " + fmt(d) + " < " + fmt(cents));
            bal.put(debit, d - cents);
            bal.merge(credit, cents, Long::sum);
            journal.add(new Entry(++seq, debit, credit, cents, memo));
        }
        void batch(List<String[]> items) throws LedgerException {
            Map<String, Long> snapshot = new TreeMap<>(bal);
            int js = journal.size(), sq = seq;
            boolean ok = false;
            try {
                for (String[] it : items) post(it[0], it[1], Long.parseLong(it[2]), "batch");
                ok = true;
            } catch (NumberFormatException e) {
                throw new LedgerException("bad batch amount", e);
            } finally {
                if (!ok) { bal.clear(); bal.putAll(snapshot); while (journal.size() > js) journal.remove(journal.size() - 1); seq = sq; }
            }
        }
        long total() { long t = 0; for (long v : bal.values()) t += v; return t; }
    }
    static String fmt(long c) { return String.format("%s%d.%02d", c < 0 ? "-" : "", Math.abs(c / 100), Math.abs(c % 100)); }
    public static void main(String[] args) {
        Ledger L = new Ledger();
        L.open("ext:world", 0); L.open("alice", 10_000); L.open("bob", 2_550); L.open("carol", 0); L.open("fees", 0);
        String[][] ops = { {"ext:world", "alice", "500000", "salary"}, {"alice", "bob", "12345", "rent"}, {"bob", "carol", "999999", "too much"},
            {"carol", "fees", "0", "zero"}, {"dave", "alice", "1", "ghost"}, {"bob", "fees", "150", "fee"}, {"alice", "carol", "-5", "neg"} };
        for (String[] o : ops) {
            try { L.post(o[0], o[1], Long.parseLong(o[2]), o[3]); System.out.println("posted " + o[3]); }
            catch (LedgerException e) { System.out.println("rejected " + o[3] + ": " + e.getMessage()); }
        }
        L.frozen.add("bob");
        try { L.post("bob", "alice", 1, "frozen"); } catch (Frozen e) { System.out.println("frozen catch: " + e.getMessage()); } catch (LedgerException e) { System.out.println("wrong handler"); }
        L.frozen.clear();
        List<String[]> good = List.of(new String[] {"alice", "carol", "1000"}, new String[] {"carol", "bob", "400"});
        List<String[]> bad = List.of(new String[] {"alice", "carol", "1000"}, new String[] {"carol", "bob", "999999"});
        List<String[]> ugly = List.of(new String[] {"alice", "carol", "1000"}, new String[] {"carol", "bob", "12.5"});
        for (List<String[]> b : List.of(good, bad, ugly)) {
            try { L.batch(b); System.out.println("batch ok " + L.bal); }
            catch (LedgerException e) { System.out.println("batch rolled back: " + e.getMessage() + (e.getCause() != null ? " cause=" + e.getCause().getClass().getSimpleName() : "") + " " + L.bal); }
        }
        System.out.println("journal:");
        for (Entry e : L.journal) System.out.println(String.format("%3d %-10s -> %-6s %12s %s", e.seq(), e.debit(), e.credit(), fmt(e.cents()), e.memo()));
        System.out.println("total " + fmt(L.total()) + " world " + fmt(L.bal.get("ext:world")) + " " + fmt(-5) + " " + fmt(-105));
    }
}
