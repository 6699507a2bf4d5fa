// A tiny bank: accounts of two subclasses with different withdrawal rules (overridden checks and
// fees), a ledger of transaction objects in a growable array, transfers that must be atomic when a
// user exception aborts them half-way, and an audit that recomputes balances from the ledger.
public class BankLedger {
    static class InsufficientFunds extends Exception {
        final int shortBy;
        InsufficientFunds(String who, int shortBy) { super(who + " is short by " + shortBy); this.shortBy = shortBy; }
    }

    static abstract class Account {
        final String owner; protected int balance; int ops;
        Account(String owner, int opening) { this.owner = owner; this.balance = opening; }
        abstract int limit();
        int fee(int amount) { return 0; }
        void withdraw(int amount) throws InsufficientFunds {
            int total = amount + fee(amount);
            if (balance - total < -limit()) throw new InsufficientFunds(owner, total - balance - limit());
            balance -= total;
            ops++;
        }
        void deposit(int amount) { balance += amount; ops++; }
        public String toString() { return owner + ":" + balance; }
    }

    static class Checking extends Account {
        Checking(String o, int b) { super(o, b); }
        int limit() { return 100; }
        @Override int fee(int amount) { return amount >= 1000 ? 5 : 1; }
    }

    static class Savings extends Account {
        int withdrawals;
        Savings(String o, int b) { super(o, b); }
        int limit() { return 0; }
        @Override void withdraw(int amount) throws InsufficientFunds {
            if (withdrawals >= 2) throw new InsufficientFunds(owner + " (withdrawal limit)", amount);
            super.withdraw(amount);
            withdrawals++;
        }
    }

    static class Tx {
        final Account from, to; final int amount; final int fee;
        Tx(Account from, Account to, int amount, int fee) { this.from = from; this.to = to; this.amount = amount; this.fee = fee; }
    }

    static class Ledger {
        Tx[] txs = new Tx[2];
        int n;
        void add(Tx t) {
            if (n == txs.length) {
                Tx[] bigger = new Tx[n * 2];
                for (int i = 0; i < n; i++) bigger[i] = txs[i];
                txs = bigger;
            }
            txs[n++] = t;
        }
    }

    static final Ledger ledger = new Ledger();

    static boolean transfer(Account from, Account to, int amount) {
        int before = from.balance;
        try {
            from.withdraw(amount);
            to.deposit(amount);
            ledger.add(new Tx(from, to, amount, before - from.balance - amount));
            System.out.println("ok   " + from.owner + " -> " + to.owner + " " + amount + "  now " + from + " " + to);
            return true;
        } catch (InsufficientFunds e) {
            System.out.println("FAIL " + from.owner + " -> " + to.owner + " " + amount + ": " + e.getMessage() + " [" + e.shortBy + "]");
            return false;
        } finally {
            ledger.add(null); // a separator entry, even for failed transfers
        }
    }

    public static void main(String[] args) {
        Account alice = new Checking("alice", 500);
        Account bob = new Savings("bob", 300);
        Account carol = new Checking("carol", 0);
        Account[] all = { alice, bob, carol };
        int[] openings = { 500, 300, 0 };
        int okCount = 0;
        okCount += transfer(alice, bob, 200) ? 1 : 0;
        okCount += transfer(bob, carol, 250) ? 1 : 0;
        okCount += transfer(bob, carol, 100) ? 1 : 0;
        okCount += transfer(carol, alice, 340) ? 1 : 0;
        okCount += transfer(carol, alice, 5) ? 1 : 0;
        okCount += transfer(bob, alice, 10) ? 1 : 0;
        okCount += transfer(bob, alice, 10) ? 1 : 0;
        okCount += transfer(alice, carol, 1000) ? 1 : 0;
        okCount += transfer(alice, carol, 600) ? 1 : 0;
        for (int round = 0; round < 5; round++) okCount += transfer(all[round % 3], all[(round + 1) % 3], 7 * round) ? 1 : 0;

        int fees = 0, separators = 0;
        int[] recomputed = new int[openings.length];
        for (int k = 0; k < openings.length; k++) recomputed[k] = openings[k];
        for (int i = 0; i < ledger.n; i++) {
            Tx t = ledger.txs[i];
            if (t == null) { separators++; continue; }
            fees += t.fee;
            for (int k = 0; k < all.length; k++) {
                if (all[k] == t.from) recomputed[k] -= t.amount + t.fee;
                if (all[k] == t.to) recomputed[k] += t.amount;
            }
        }
        System.out.println("ok transfers " + okCount + ", ledger entries " + ledger.n + ", separators " + separators + ", capacity " + ledger.txs.length);
        int sum = 0;
        for (int k = 0; k < all.length; k++) {
            sum += all[k].balance;
            System.out.println(all[k] + " ops=" + all[k].ops + " audit " + (recomputed[k] == all[k].balance ? "matches" : "MISMATCH " + recomputed[k]));
        }
        System.out.println("money in bank " + sum + " + fees " + fees + " = " + (sum + fees));
    }
}
