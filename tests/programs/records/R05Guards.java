// Records/sealed: guarded patterns order, dominance with primitive-carrying records, switch on sealed enum+record mix, yields with long/double math
import java.util.*;
public class R05Guards {
    sealed interface Txn permits Deposit, Withdraw, Transfer, Fee {}
    record Deposit(long cents, String src) implements Txn {}
    record Withdraw(long cents, boolean atm) implements Txn {}
    record Transfer(long cents, String to, double fxRate) implements Txn {}
    enum Fee implements Txn { MONTHLY, OVERDRAFT, WIRE }
    static long apply(long bal, Txn t) {
        return switch (t) {
            case Deposit d when d.cents() <= 0 -> throw new IllegalArgumentException("non-positive deposit");
            case Deposit(long c, String s) when s.equals("payroll") -> bal + c + c / 100;
            case Deposit(long c, String s) -> bal + c;
            case Withdraw(long c, boolean atm) when atm && c > 50000 -> throw new IllegalStateException("atm limit " + c);
            case Withdraw(long c, boolean atm) -> bal - c - (atm ? 250 : 0);
            case Transfer(long c, String to, double fx) when fx != 1.0 -> bal - Math.round(c * fx) - 500;
            case Transfer tr -> bal - tr.cents();
            case Fee f when f == Fee.OVERDRAFT && bal >= 0 -> bal;
            case Fee f -> bal - switch (f) { case MONTHLY -> 1200; case OVERDRAFT -> 3500; case WIRE -> 2500; };
        };
    }
    static String bucket(long v) {
        Object o = v;
        return switch (o) {
            case Long l when l < -1_000_000L -> "deep red";
            case Long l when l < 0 -> "red";
            case Long l when l == 0 -> "zero";
            case Long l when l < 1_000_000L -> "ok";
            case Long l -> "rich:" + Long.numberOfLeadingZeros(l);
            default -> "?";
        };
    }
    public static void main(String[] args) {
        List<Txn> txns = List.of(new Deposit(500000, "payroll"), new Withdraw(20000, true), new Withdraw(60000, true), new Transfer(100000, "eu", 1.0837),
            Fee.MONTHLY, new Deposit(-5, "gift"), new Transfer(25000, "local", 1.0), Fee.OVERDRAFT, new Withdraw(900000, false), Fee.OVERDRAFT, Fee.WIRE,
            new Deposit(12345678901L, "lottery"));
        long bal = 0;
        int errors = 0;
        for (Txn t : txns) {
            try {
                long nb = apply(bal, t);
                System.out.println(String.format("%-45s %12d -> %12d %s", t, bal, nb, bucket(nb)));
                bal = nb;
            } catch (IllegalArgumentException | IllegalStateException e) {
                errors++;
                System.out.println("rejected " + t + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        System.out.println("final " + bal + " errors " + errors);
        Map<String, Long> byKind = new TreeMap<>();
        for (Txn t : txns) {
            String k = switch (t) { case Deposit d -> "dep"; case Withdraw w -> "wd"; case Transfer tr -> "xfer"; case Fee f -> "fee:" + f.name().toLowerCase(); };
            long amount = switch (t) { case Deposit(long c, var s) -> c; case Withdraw(long c, var a) -> -c; case Transfer(long c, var to, var fx) -> -c; case Fee f -> -f.ordinal(); };
            byKind.merge(k, amount, Long::sum);
        }
        System.out.println(byKind);
        for (long v : new long[] { Long.MIN_VALUE, -5, 0, 999_999, 1L << 40 }) System.out.print(bucket(v) + "; ");
        System.out.println();
    }
}
