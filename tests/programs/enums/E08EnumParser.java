// Enums: tokenizer driven by an enum of token kinds with char predicates (lambdas in enum constructors), recursive-descent parser evaluating longs
import java.util.*;
import java.util.function.*;
public class E08EnumParser {
    enum Kind {
        NUM(Character::isDigit), IDENT(Character::isLetter), OP(c -> "+-*/%".indexOf(c) >= 0), LPAREN(c -> c == '('), RPAREN(c -> c == ')'), SPACE(Character::isWhitespace);
        final Predicate<Character> starts;
        Kind(Predicate<Character> p) { starts = p; }
        static Kind of(char c) { for (Kind k : values()) if (k.starts.test(c)) return k; throw new IllegalArgumentException("unexpected '" + c + "'"); }
    }
    record Tok(Kind kind, String text) { public String toString() { return kind.name().charAt(0) + ":" + text; } }
    static List<Tok> lex(String s) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Kind k = Kind.of(s.charAt(i));
            int j = i + 1;
            if (k == Kind.NUM || k == Kind.IDENT || k == Kind.SPACE) while (j < s.length() && Kind.of(s.charAt(j)) == k) j++;
            if (k != Kind.SPACE) out.add(new Tok(k, s.substring(i, j)));
            i = j;
        }
        return out;
    }
    static final class Parser {
        final List<Tok> t; int p; final Map<String, Long> vars;
        Parser(List<Tok> t, Map<String, Long> vars) { this.t = t; this.vars = vars; }
        Tok peek() { return p < t.size() ? t.get(p) : null; }
        long expr() { long v = term(); while (peek() != null && (peek().text().equals("+") || peek().text().equals("-"))) { String op = t.get(p++).text(); long r = term(); v = op.equals("+") ? v + r : v - r; } return v; }
        long term() { long v = unary(); while (peek() != null && "*/%".contains(peek().text())) { String op = t.get(p++).text(); long r = unary(); v = switch (op) { case "*" -> v * r; case "/" -> v / r; default -> v % r; }; } return v; }
        long unary() { if (peek() != null && peek().text().equals("-")) { p++; return -unary(); } return atom(); }
        long atom() {
            Tok k = peek();
            if (k == null) throw new IllegalStateException("unexpected end");
            p++;
            return switch (k.kind()) {
                case NUM -> Long.parseLong(k.text());
                case IDENT -> { Long v = vars.get(k.text()); if (v == null) throw new NoSuchElementException("unknown var " + k.text()); yield v; }
                case LPAREN -> { long v = expr(); if (peek() == null || peek().kind() != Kind.RPAREN) throw new IllegalStateException("missing )"); p++; yield v; }
                default -> throw new IllegalStateException("unexpected " + k);
            };
        }
    }
    public static void main(String[] args) {
        Map<String, Long> vars = new HashMap<>(Map.of("x", 12L, "big", 1L << 40, "neg", -7L));
        String[] srcs = { "1 + 2 * 3", "(1+2)*3", "big * big / big", "x % 5 - -neg", "((((x))))*((x))", "10 / (x - 12)", "2 * y", "3 +", "(4", "5 $ 6", "  42  ", "-(-(-x))" };
        for (String s : srcs) {
            try {
                List<Tok> toks = lex(s);
                Parser p = new Parser(toks, vars);
                long v = p.expr();
                if (p.p != toks.size()) throw new IllegalStateException("trailing " + toks.subList(p.p, toks.size()));
                System.out.println(s + " " + toks + " = " + v);
            } catch (RuntimeException e) { System.out.println(s + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        EnumMap<Kind, Integer> freq = new EnumMap<>(Kind.class);
        for (String s : srcs) { try { for (Tok t : lex(s)) freq.merge(t.kind(), 1, Integer::sum); } catch (IllegalArgumentException e) { freq.merge(Kind.SPACE, 100, Integer::sum); } }
        System.out.println(freq);
    }
}
