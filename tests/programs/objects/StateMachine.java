// The state pattern: each state is an object of its own class whose virtual next() returns the
// following state object (shared singletons held in static fields, compared with ==), driving a
// tokenizer over a string; plus a vending machine whose states keep per-instance counters.
public class StateMachine {
    static abstract class State {
        abstract State next(char c, Lexer lx);
        String name() { return getClass().getSimpleName(); }
    }

    static class Lexer {
        final StringBuilder tok = new StringBuilder();
        String out = "";
        int tokens;
        void emit(String kind) {
            if (tok.length() > 0) { out += kind + "(" + tok + ") "; tokens++; tok.setLength(0); }
        }
    }

    static final State START = new Start(), NUMBER = new Number(), WORD = new Word(), STRING = new Str();

    static class Start extends State {
        State next(char c, Lexer lx) {
            if (Character.isDigit(c)) { lx.tok.append(c); return NUMBER; }
            if (Character.isLetter(c)) { lx.tok.append(c); return WORD; }
            if (c == '"') return STRING;
            if (c != ' ') { lx.tok.append(c); lx.emit("OP"); }
            return this;
        }
    }

    static class Number extends State {
        State next(char c, Lexer lx) {
            if (Character.isDigit(c)) { lx.tok.append(c); return this; }
            lx.emit("NUM");
            return START.next(c, lx);
        }
    }

    static class Word extends State {
        State next(char c, Lexer lx) {
            if (Character.isLetterOrDigit(c) || c == '_') { lx.tok.append(c); return this; }
            lx.emit(lx.tok.toString().equals("if") || lx.tok.toString().equals("while") ? "KW" : "ID");
            return START.next(c, lx);
        }
    }

    static class Str extends State {
        State next(char c, Lexer lx) {
            if (c == '"') { lx.tok.insert(0, '"').append('"'); lx.emit("STR"); return START; }
            lx.tok.append(c);
            return this;
        }
    }

    static String lex(String src) {
        Lexer lx = new Lexer();
        State s = START;
        String trace = "";
        for (int i = 0; i < src.length(); i++) {
            State n = s.next(src.charAt(i), lx);
            if (n != s) trace += n.name().charAt(0);
            s = n;
        }
        s.next(' ', lx);
        return lx.out + "| tokens " + lx.tokens + " | transitions " + trace + " | final " + s.name();
    }

    // Vending machine: states are per-machine objects created in the constructor.
    static class Machine {
        int credit, sold, refunded;
        final VState idle = new Idle(), paying = new Paying();
        VState state = idle;
        abstract class VState {
            abstract VState coin(int v);
            abstract VState select(int price);
        }
        class Idle extends VState {
            VState coin(int v) { credit = v; return paying; }
            VState select(int price) { System.out.println("    insert coins first"); return this; }
        }
        class Paying extends VState {
            VState coin(int v) { credit += v; return this; }
            VState select(int price) {
                if (credit < price) { System.out.println("    need " + (price - credit) + " more"); return this; }
                sold++;
                refunded += credit - price;
                System.out.println("    vend at " + price + ", change " + (credit - price));
                credit = 0;
                return idle;
            }
        }
        void coin(int v) { state = state.coin(v); }
        void select(int p) { state = state.select(p); }
    }

    public static void main(String[] args) {
        System.out.println(lex("if x1 < 42 while foo_bar"));
        System.out.println(lex("say \"hi there\" 7+8*x"));
        System.out.println(lex("12ab 3 \"unterminated"));
        System.out.println(lex(""));
        System.out.println("singletons: " + (START instanceof Start) + " " + START.name() + " " + STRING.name());

        Machine m = new Machine();
        int[] script = { 0, 50, 1, 100, 0, 20, 0, 30, 1, 40, 1, 60, 0, 100, 1, 75 };
        for (int i = 0; i < script.length; i += 2) {
            boolean isCoin = script[i] == 0;
            System.out.println((isCoin ? "coin " : "select ") + script[i + 1] + " in " + m.state.getClass().getSimpleName());
            if (isCoin) m.coin(script[i + 1]); else m.select(script[i + 1]);
        }
        System.out.println("sold " + m.sold + " refunded " + m.refunded + " credit " + m.credit + " idle " + (m.state == m.idle));
    }
}
