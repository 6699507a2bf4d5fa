// Lambdas: exceptions thrown inside lambdas, checked-exception wrapping functional interface, finally inside lambdas, stack of Try results
import java.util.*;
import java.util.function.*;
public class L08ExceptionsInLambdas {
    @FunctionalInterface interface ThrowingFn<T, R> { R apply(T t) throws Exception; }
    static <T, R> Function<T, R> unchecked(ThrowingFn<T, R> f) {
        return t -> { try { return f.apply(t); } catch (RuntimeException e) { throw e; } catch (Exception e) { throw new RuntimeException("wrapped: " + e.getMessage(), e); } };
    }
    sealed interface Try<T> permits Ok, Err {}
    record Ok<T>(T value) implements Try<T> {}
    record Err<T>(String error) implements Try<T> {}
    static <T> Try<T> attempt(Supplier<T> s) { try { return new Ok<>(s.get()); } catch (RuntimeException e) { return new Err<>(e.getClass().getSimpleName() + ":" + e.getMessage()); } }
    static class ParseError extends Exception { ParseError(String m) { super(m); } }
    static int strictParse(String s) throws ParseError {
        if (s.isEmpty()) throw new ParseError("empty");
        int v = 0;
        for (char c : s.toCharArray()) { if (c < '0' || c > '9') throw new ParseError("bad char '" + c + "' in " + s); v = Math.addExact(Math.multiplyExact(v, 10), c - '0'); }
        return v;
    }
    public static void main(String[] args) {
        Function<String, Integer> p = unchecked(L08ExceptionsInLambdas::strictParse);
        for (String s : new String[] { "123", "", "12x", "99999999999", "7" }) {
            Try<Integer> t = attempt(() -> p.apply(s));
            String desc = switch (t) { case Ok<Integer> ok -> "ok " + ok.value(); case Err<Integer> err -> "err " + err.error(); };
            System.out.println(s + " -> " + desc);
        }
        try { p.apply("q"); } catch (RuntimeException e) { System.out.println(e.getMessage() + " cause=" + e.getCause().getClass().getSimpleName() + " / " + e.getCause().getMessage()); }
        List<String> trace = new ArrayList<>();
        Function<Integer, Integer> guarded = x -> {
            try { trace.add("try" + x); if (x == 0) throw new ArithmeticException("zero"); return 100 / x; }
            finally { trace.add("fin" + x); }
        };
        int total = 0;
        for (int x : new int[] { 5, 0, -3 }) { try { total += guarded.apply(x); } catch (ArithmeticException e) { trace.add("caught " + e.getMessage()); } }
        System.out.println(total + " " + trace);
        Supplier<Integer> nested = () -> {
            Function<int[], Integer> at = arr -> arr[3];
            try { return at.apply(new int[2]); }
            catch (ArrayIndexOutOfBoundsException e) { return -e.getMessage().length(); }
        };
        System.out.println("nested " + nested.get());
        Map<String, Integer> m = new HashMap<>();
        try { m.computeIfAbsent("k", k -> { throw new IllegalStateException("no compute for " + k); }); }
        catch (IllegalStateException e) { System.out.println(e.getMessage() + " contains=" + m.containsKey("k")); }
        List<Integer> xs = new ArrayList<>(List.of(3, 1, 2));
        try { xs.sort((a, b) -> { if (a == 2 || b == 2) throw new UnsupportedOperationException("cannot compare 2"); return a - b; }); }
        catch (UnsupportedOperationException e) { System.out.println(e.getMessage()); }
        Runnable r = () -> { Object o = "str"; Integer i = (Integer) o; };
        try { r.run(); } catch (ClassCastException e) { System.out.println("CCE caught"); }
        Supplier<String> npe = () -> { String s = null; return s.toUpperCase(); };
        try { npe.get(); } catch (NullPointerException e) { System.out.println("NPE caught"); }
        Optional<String> o = Optional.empty();
        try { o.orElseThrow(() -> new NoSuchElementException("custom missing")); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { o.orElseThrow(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { Objects.requireNonNull(null, "must not be null"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throwAll(); } catch (Exception e) { System.out.println(e + " suppressed=" + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage()); }
    }
    static void throwAll() throws Exception {
        Exception main = new Exception("main");
        Runnable add = () -> main.addSuppressed(new IllegalArgumentException("side"));
        add.run();
        throw main;
    }
}
