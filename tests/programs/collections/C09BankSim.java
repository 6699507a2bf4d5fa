// Collections: bank simulation, accounts in TreeMap, transaction log ArrayList, Random-driven transfers with failure handling, audit totals
import java.util.*;
public class C09BankSim {
    static class InsufficientFunds extends RuntimeException { InsufficientFunds(String m) { super(m); } }
    static final class Account {
        final String id; long balance; final List<String> log = new ArrayList<>();
        Account(String id, long b) { this.id = id; this.balance = b; }
        void withdraw(long amt) {
            if (amt <= 0) throw new IllegalArgumentException("bad amount " + amt);
            if (amt > balance) throw new InsufficientFunds(id + " has " + balance + " < " + amt);
            balance -= amt; log.add("-" + amt);
        }
        void deposit(long amt) { balance += amt; log.add("+" + amt); }
        public String toString() { return id + "[" + balance + "]"; }
    }
    public static void main(String[] args) {
        TreeMap<String, Account> accts = new TreeMap<>();
        String[] ids = { "acc-07", "acc-01", "acc-13", "acc-04", "acc-10" };
        long start = 0;
        for (int i = 0; i < ids.length; i++) { accts.put(ids[i], new Account(ids[i], 1000L * (i + 1))); start += 1000L * (i + 1); }
        Random rnd = new Random(2024);
        List<String> keys = new ArrayList<>(accts.keySet());
        int ok = 0, insufficient = 0, invalid = 0;
        Map<String, Integer> failuresBy = new TreeMap<>();
        for (int t = 0; t < 150; t++) {
            Account a = accts.get(keys.get(rnd.nextInt(keys.size())));
            Account b = accts.get(keys.get(rnd.nextInt(keys.size())));
            long amt = rnd.nextInt(900) - 50;
            try {
                if (a == b) continue;
                a.withdraw(amt);
                b.deposit(amt);
                ok++;
            } catch (InsufficientFunds e) {
                insufficient++;
                failuresBy.merge(a.id, 1, Integer::sum);
                if (insufficient <= 3) System.out.println("fail: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                invalid++;
            } finally {
                if (t % 50 == 49) System.out.println("after " + (t + 1) + ": " + accts.values());
            }
        }
        long end = 0;
        for (Account a : accts.values()) end += a.balance;
        System.out.println("ok=" + ok + " insufficient=" + insufficient + " invalid=" + invalid + " conserved=" + (start == end) + " total=" + end);
        System.out.println("failures " + failuresBy);
        Account richest = Collections.max(accts.values(), Comparator.comparing((Account a) -> a.balance));
        System.out.println("richest " + richest + " log size " + richest.log.size() + " last " + richest.log.subList(Math.max(0, richest.log.size() - 4), richest.log.size()));
        long interestTotal = 0;
        for (Account a : accts.values()) {
            long interest = Math.floorDiv(a.balance * 375, 10000);
            a.deposit(interest); interestTotal += interest;
        }
        System.out.println("interest " + interestTotal + " " + accts);
        Map.Entry<String, Account> e = accts.ceilingEntry("acc-05");
        System.out.println(e.getKey() + " " + e.getValue() + " " + accts.headMap("acc-10").keySet());
    }
}
