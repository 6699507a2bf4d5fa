// Lock ordering avoids deadlock: six threads transfer amounts between four accounts, each
// locking the two accounts in id order (never the order of the transfer). Money is conserved
// and every transfer completes.
public class MonLockOrder {
    static final class Account {
        final int id;
        int balance;

        Account(int id, int balance) {
            this.id = id;
            this.balance = balance;
        }
    }

    static int transfers;

    static void transfer(Account from, Account to, int amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                Thread.yield();
                to.balance += amount;
                synchronized (MonLockOrder.class) {
                    transfers++;
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] acc = new Account[4];
        for (int i = 0; i < 4; i++) acc[i] = new Account(i, 1000);
        Thread[] ts = new Thread[6];
        for (int t = 0; t < ts.length; t++) {
            final int k = t;
            ts[t] = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    Account from = acc[(k + j) % 4];
                    Account to = acc[(k + 2 * j + 1) % 4];
                    if (from != to) transfer(from, to, 1 + (j % 7));
                    else transfer(from, acc[(k + 3) % 4 == from.id ? (k + 1) % 4 : (k + 3) % 4], 1);
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        int total = 0;
        for (Account a : acc) total += a.balance;
        System.out.println("transfers " + transfers + ", total " + total);
        // balances are deterministic: each transfer's effect does not depend on the order
        for (Account a : acc) System.out.println("account " + a.id + ": " + a.balance);
    }
}
