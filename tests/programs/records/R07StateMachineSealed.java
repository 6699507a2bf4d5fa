// Records/sealed: vending machine state machine with sealed states and events, transitions via nested switch on (state, event) pair record
import java.util.*;
public class R07StateMachineSealed {
    sealed interface State permits Idle, HasMoney, Dispensing, OutOfOrder {}
    record Idle() implements State {}
    record HasMoney(int cents) implements State {}
    record Dispensing(String item, int change) implements State {}
    record OutOfOrder(String reason) implements State {}
    sealed interface Event permits Coin, Select, Take, Kick, Refund {}
    record Coin(int cents) implements Event {}
    record Select(String item) implements Event {}
    record Take() implements Event {}
    record Kick(int force) implements Event {}
    record Refund() implements Event {}
    record Step(State s, Event e) {}
    static final Map<String, Integer> PRICES = new TreeMap<>(Map.of("cola", 125, "chips", 90, "gum", 35));
    static final Map<String, Integer> STOCK = new TreeMap<>(Map.of("cola", 2, "chips", 1, "gum", 5));
    static final List<String> out = new ArrayList<>();
    static State next(State s, Event e) {
        return switch (new Step(s, e)) {
            case Step(OutOfOrder o, Kick(int f)) when f > 7 -> { out.add("fixed by kick"); yield new Idle(); }
            case Step(OutOfOrder o, var ev) -> o;
            case Step(var st, Kick(int f)) when f > 9 -> new OutOfOrder("kicked too hard (" + f + ")");
            case Step(Idle i, Coin(int c)) -> new HasMoney(c);
            case Step(HasMoney(int have), Coin(int c)) when have + c > 500 -> { out.add("reject coin " + c); yield new HasMoney(have); }
            case Step(HasMoney(int have), Coin(int c)) -> new HasMoney(have + c);
            case Step(HasMoney(int have), Select(String item)) when !PRICES.containsKey(item) -> { out.add("unknown " + item); yield s; }
            case Step(HasMoney(int have), Select(String item)) when STOCK.get(item) == 0 -> { out.add("sold out " + item); yield s; }
            case Step(HasMoney(int have), Select(String item)) when have < PRICES.get(item) -> { out.add("need " + (PRICES.get(item) - have) + " more"); yield s; }
            case Step(HasMoney(int have), Select(String item)) -> { STOCK.merge(item, -1, Integer::sum); yield new Dispensing(item, have - PRICES.get(item)); }
            case Step(HasMoney(int have), Refund r) -> { out.add("refund " + have); yield new Idle(); }
            case Step(Dispensing(String item, int ch), Take t) -> { out.add("took " + item + (ch > 0 ? " +" + ch : "")); yield ch > 0 ? new HasMoney(ch) : new Idle(); }
            case Step(Dispensing d, var ev) -> { out.add("busy"); yield d; }
            case Step(var st, var ev) -> { out.add("ignored " + ev.getClass().getSimpleName() + " in " + st.getClass().getSimpleName()); yield st; }
        };
    }
    public static void main(String[] args) {
        List<Event> script = List.of(new Select("cola"), new Coin(100), new Select("cola"), new Coin(50), new Select("cola"), new Coin(5), new Take(),
            new Select("gum"), new Take(), new Coin(200), new Coin(250), new Coin(100), new Select("chips"), new Take(), new Select("chips"),
            new Select("tea"), new Refund(), new Kick(10), new Coin(25), new Kick(3), new Kick(8), new Coin(125), new Select("cola"), new Refund(), new Take(), new Refund());
        State s = new Idle();
        int step = 0;
        for (Event e : script) {
            State n = next(s, e);
            System.out.println(step++ + ": " + s + " + " + e + " -> " + n);
            s = n;
        }
        System.out.println(out);
        System.out.println(STOCK);
    }
}
