// Records/sealed: JSON-like value tree, hand-written parser over a text block, serializer, path queries, deep equality and transforms
import java.util.*;
public class R03JsonTree {
    sealed interface J permits JNull, JBool, JNum, JStr, JArr, JObj {}
    record JNull() implements J {}
    record JBool(boolean b) implements J {}
    record JNum(long whole, double frac, boolean isInt) implements J {}
    record JStr(String s) implements J {}
    record JArr(List<J> items) implements J {}
    record JObj(LinkedHashMap<String, J> fields) implements J {}
    static final class P {
        final String s; int i;
        P(String s) { this.s = s; }
        char peek() { skip(); return s.charAt(i); }
        void skip() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
        void expect(char c) { if (peek() != c) throw new IllegalStateException("expected " + c + " at " + i + " got " + s.charAt(i)); i++; }
        J value() {
            char c = peek();
            if (c == '{') { i++; LinkedHashMap<String, J> m = new LinkedHashMap<>(); if (peek() == '}') { i++; return new JObj(m); }
                do { String k = str(); expect(':'); m.put(k, value()); } while (peek() == ',' && ++i > 0); expect('}'); return new JObj(m); }
            if (c == '[') { i++; List<J> l = new ArrayList<>(); if (peek() == ']') { i++; return new JArr(l); }
                do { l.add(value()); } while (peek() == ',' && ++i > 0); expect(']'); return new JArr(l); }
            if (c == '"') return new JStr(str());
            if (s.startsWith("true", i)) { i += 4; return new JBool(true); }
            if (s.startsWith("false", i)) { i += 5; return new JBool(false); }
            if (s.startsWith("null", i)) { i += 4; return new JNull(); }
            int st = i; if (s.charAt(i) == '-') i++;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            String num = s.substring(st, i);
            if (num.indexOf('.') < 0) return new JNum(Long.parseLong(num), 0, true);
            return new JNum(0, Double.parseDouble(num), false);
        }
        String str() { expect('"'); int st = i; while (s.charAt(i) != '"') i++; return s.substring(st, i++); }
    }
    static String ser(J j) {
        return switch (j) {
            case JNull n -> "null";
            case JBool(boolean b) -> String.valueOf(b);
            case JNum(long w, double f, boolean isInt) -> isInt ? Long.toString(w) : Double.toString(f);
            case JStr(String s) -> '"' + s + '"';
            case JArr(List<J> items) -> { StringJoiner sj = new StringJoiner(",", "[", "]"); for (J x : items) sj.add(ser(x)); yield sj.toString(); }
            case JObj(LinkedHashMap<String, J> f) -> { StringJoiner sj = new StringJoiner(",", "{", "}"); f.forEach((k, v) -> sj.add('"' + k + "\":" + ser(v))); yield sj.toString(); }
        };
    }
    static Optional<J> path(J j, String p) {
        J cur = j;
        for (String part : p.split("\\.")) {
            if (part.isEmpty()) continue;
            J next = switch (cur) {
                case JObj o -> o.fields().get(part);
                case JArr a when !part.isEmpty() && Character.isDigit(part.charAt(0)) -> { int k = Integer.parseInt(part); yield k < a.items().size() ? a.items().get(k) : null; }
                default -> null;
            };
            if (next == null) return Optional.empty();
            cur = next;
        }
        return Optional.of(cur);
    }
    static double sumNums(J j) {
        return switch (j) {
            case JNum(long w, double f, boolean isInt) -> isInt ? w : f;
            case JArr a -> { double s = 0; for (J x : a.items()) s += sumNums(x); yield s; }
            case JObj o -> { double s = 0; for (J x : o.fields().values()) s += sumNums(x); yield s; }
            default -> 0;
        };
    }
    public static void main(String[] args) {
        String text = """
            {"name": "rtgo", "version": 3, "ratio": 0.75, "tags": ["jvm", "pico", "aot"],
             "deps": {"soft": {"float": true, "size": 9007199254740993}, "none": null, "neg": -42},
             "matrix": [[1, 2], [3, 4.5], []], "empty": {}}
            """;
        J root = new P(text).value();
        System.out.println(ser(root));
        for (String q : List.of("name", "deps.soft.size", "tags.1", "matrix.1.1", "matrix.2", "tags.9", "deps.none", "x.y"))
            System.out.println(q + " -> " + path(root, q).map(R03JsonTree::ser).orElse("<missing>"));
        System.out.println("sum " + sumNums(root));
        J again = new P(ser(root)).value();
        System.out.println("roundtrip equal " + again.equals(root) + " " + (again.hashCode() == root.hashCode()));
        System.out.println(path(root, "deps.soft").get());
        try { new P("{\"a\" 1}").value(); } catch (IllegalStateException e) { System.out.println("parse error: " + e.getMessage()); }
    }
}
