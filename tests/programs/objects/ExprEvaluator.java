// A recursive-descent parser and evaluator: a tokenizer object with a cursor, an AST of node
// classes with virtual eval and toString, variables in a hand-written environment chain (let
// bindings shadow outer ones), and errors reported by a user exception carrying the position.
public class ExprEvaluator {
    static class ParseError extends RuntimeException {
        final int pos;
        ParseError(String msg, int pos) { super(msg + " at " + pos); this.pos = pos; }
    }

    static class Env {
        final String name; final int value; final Env outer;
        Env(String name, int value, Env outer) { this.name = name; this.value = value; this.outer = outer; }
        int lookup(String n) {
            for (Env e = this; e != null; e = e.outer) if (e.name.equals(n)) return e.value;
            throw new ParseError("unbound " + n, -1);
        }
    }

    static abstract class Expr {
        abstract int eval(Env env);
    }
    static class Lit extends Expr {
        final int v; Lit(int v) { this.v = v; }
        int eval(Env env) { return v; }
        public String toString() { return "" + v; }
    }
    static class Ref extends Expr {
        final String n; Ref(String n) { this.n = n; }
        int eval(Env env) { return env == null ? 0 : env.lookup(n); }
        public String toString() { return n; }
    }
    static class Bin extends Expr {
        final char op; final Expr l, r;
        Bin(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
        int eval(Env env) {
            int a = l.eval(env), b = r.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                default: return a < b ? 1 : 0;
            }
        }
        public String toString() { return "(" + l + op + r + ")"; }
    }
    static class Let extends Expr {
        final String n; final Expr init, body;
        Let(String n, Expr init, Expr body) { this.n = n; this.init = init; this.body = body; }
        int eval(Env env) { return body.eval(new Env(n, init.eval(env), env)); }
        public String toString() { return "let " + n + "=" + init + " in " + body; }
    }
    static class If extends Expr {
        final Expr c, t, e;
        If(Expr c, Expr t, Expr e) { this.c = c; this.t = t; this.e = e; }
        int eval(Env env) { return c.eval(env) != 0 ? t.eval(env) : e.eval(env); }
        public String toString() { return "if " + c + " then " + t + " else " + e; }
    }

    static class Parser {
        final String s; int pos;
        Parser(String s) { this.s = s; }
        void skip() { while (pos < s.length() && s.charAt(pos) == ' ') pos++; }
        boolean eat(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) { pos++; return true; }
            return false;
        }
        String word() {
            skip();
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) pos++;
            return s.substring(start, pos);
        }
        boolean keyword(String k) {
            skip();
            if (s.startsWith(k, pos)) { pos += k.length(); return true; }
            return false;
        }
        Expr parseAll() {
            Expr e = expr();
            skip();
            if (pos != s.length()) throw new ParseError("trailing '" + s.charAt(pos) + "'", pos);
            return e;
        }
        Expr expr() {
            if (keyword("let ")) {
                String n = word();
                if (!eat('=')) throw new ParseError("expected =", pos);
                Expr init = expr();
                if (!keyword("in ")) throw new ParseError("expected in", pos);
                return new Let(n, init, expr());
            }
            if (keyword("if ")) {
                Expr c = expr();
                if (!keyword("then ")) throw new ParseError("expected then", pos);
                Expr t = expr();
                if (!keyword("else ")) throw new ParseError("expected else", pos);
                return new If(c, t, expr());
            }
            Expr l = sum();
            if (eat('<')) l = new Bin('<', l, sum());
            return l;
        }
        Expr sum() {
            Expr l = term();
            while (true) {
                if (eat('+')) l = new Bin('+', l, term());
                else if (eat('-')) l = new Bin('-', l, term());
                else return l;
            }
        }
        Expr term() {
            Expr l = atom();
            while (true) {
                if (eat('*')) l = new Bin('*', l, atom());
                else if (eat('/')) l = new Bin('/', l, atom());
                else if (eat('%')) l = new Bin('%', l, atom());
                else return l;
            }
        }
        Expr atom() {
            skip();
            if (eat('(')) {
                Expr e = expr();
                if (!eat(')')) throw new ParseError("expected )", pos);
                return e;
            }
            if (eat('-')) return new Bin('-', new Lit(0), atom());
            if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                int v = 0;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) v = v * 10 + (s.charAt(pos++) - '0');
                return new Lit(v);
            }
            String w = word();
            if (w.isEmpty()) throw new ParseError("unexpected " + (pos < s.length() ? "'" + s.charAt(pos) + "'" : "end"), pos);
            return new Ref(w);
        }
    }

    public static void main(String[] args) {
        String[] programs = {
            "1 + 2 * 3",
            "(1 + 2) * 3 - -4",
            "let x = 5 in x * x + 1",
            "let x = 2 in let y = x * 10 in let x = y + 1 in x * 100 + y",
            "if 3 < 4 then 10 else 20",
            "let n = 17 in if n % 2 < 1 then n / 2 else 3 * n + 1",
            "100 / (7 - 7)",
            "let a = 1 in b + a",
            "2 * (3 + 4",
            "1 + 2 )",
            "let q = 3 q",
            "let big = 46341 in big * big",
            "((((((1))))))+((((2))))",
        };
        for (String src : programs) {
            try {
                Expr e = new Parser(src).parseAll();
                System.out.println(src + "  =>  " + e + "  =  " + e.eval(null == null ? new Env("zero", 0, null) : null));
            } catch (ParseError pe) {
                System.out.println(src + "  !!  " + pe.getMessage() + " (pos " + pe.pos + ")");
            } catch (ArithmeticException ae) {
                System.out.println(src + "  !!  arithmetic: " + ae.getMessage());
            }
        }
    }
}
