// switch on String: javac switches on hashCode() then confirms with equals(), so colliding hashes
// ("Aa" and "BB", "AaAa"/"BBBB"/"AaBB") must still pick the right case; fall-through between
// string cases, default, strings built at run time, switch expressions with arrow cases and
// yield, and a null selector throwing NullPointerException (caught).
public class StringSwitch {
    static String classic(String s) {
        String r = "";
        switch (s) {
            case "Aa": r += "Aa "; // falls through
            case "BB": r += "BB "; break;
            case "AaAa": r += "AaAa "; break;
            case "BBBB": r += "BBBB "; break;
            case "": r += "empty "; break;
            case "hello": r += "greeting "; // falls through into default
            default: r += "default ";
        }
        return r.trim();
    }

    static int arrow(String cmd) {
        return switch (cmd) {
            case "add", "plus" -> 1;
            case "sub", "minus" -> -1;
            case "mul" -> {
                int x = cmd.length();
                yield x * 10;
            }
            default -> {
                if (cmd.startsWith("n")) yield 100 + cmd.length();
                yield 0;
            }
        };
    }

    static String dayType(String day) {
        switch (day.toLowerCase()) {
            case "saturday":
            case "sunday":
                return "weekend";
            case "monday": case "tuesday": case "wednesday": case "thursday": case "friday":
                return "weekday";
            default:
                return "unknown(" + day + ")";
        }
    }

    public static void main(String[] args) {
        String[] inputs = { "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "C#" };
        for (String s : inputs) System.out.println("'" + s + "' (hash " + s.hashCode() + ") -> " + classic(s));
        String built = new StringBuilder("B").append('B').toString();
        System.out.println("built BB -> " + classic(built) + ", built hello -> " + classic("hel" + "lo".substring(0)));
        String[] cmds = { "add", "plus", "sub", "minus", "mul", "nop", "noop", "x", "ADD" };
        int total = 0;
        for (String c : cmds) {
            int v = arrow(c);
            total += v;
            System.out.print(c + "=" + v + " ");
        }
        System.out.println("total " + total);
        String[] days = { "Monday", "SUNDAY", "friday", "Funday", "saturday" };
        for (String d : days) System.out.println(d + " is a " + dayType(d));
        String nothing = null;
        try {
            System.out.println(classic(nothing));
        } catch (NullPointerException e) {
            System.out.println("null selector: NullPointerException");
        }
        // Many cases: a longer lookup.
        String months = "jan feb mar apr may jun jul aug sep oct nov dec";
        int days2 = 0;
        for (int i = 0; i < months.length(); i += 4) {
            String m = months.substring(i, i + 3);
            days2 += switch (m) {
                case "feb" -> 28;
                case "apr", "jun", "sep", "nov" -> 30;
                default -> 31;
            };
        }
        System.out.println("days in a year " + days2);
    }
}
