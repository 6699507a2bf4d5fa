// Mixed: text-adventure state machine: rooms graph in a map, inventory set, scripted commands parsed with split/switch on strings, locked doors, score
import java.util.*;
public class M03Adventure {
    enum Dir { NORTH, SOUTH, EAST, WEST, UP, DOWN; Dir opposite() { return values()[ordinal() ^ 1]; } }
    static final class Room {
        final String name, desc; final EnumMap<Dir, String> exits = new EnumMap<>(Dir.class); final Set<String> items = new TreeSet<>(); String lockedBy;
        Room(String n, String d) { name = n; desc = d; }
    }
    static final Map<String, Room> rooms = new LinkedHashMap<>();
    static Room room(String n, String d) { Room r = new Room(n, d); rooms.put(n, r); return r; }
    static void link(String a, Dir d, String b) { rooms.get(a).exits.put(d, b); rooms.get(b).exits.put(d.opposite(), a); }
    public static void main(String[] args) {
        room("hall", "a dusty hall").items.add("lamp");
        room("kitchen", "smells of old bread").items.addAll(List.of("knife", "bread"));
        room("cellar", "dark and damp").items.add("key");
        room("study", "books everywhere").lockedBy = "key";
        room("tower", "wind howls").items.add("crown");
        link("hall", Dir.NORTH, "kitchen"); link("kitchen", Dir.DOWN, "cellar"); link("hall", Dir.EAST, "study"); link("study", Dir.UP, "tower");
        String script = "look;take lamp;go east;go north;take bread;take bread;go down;look;take key;go up;go south;go east;drop bread;go up;take crown;inventory;go west;dance;go down;look;quit;look";
        Room here = rooms.get("hall");
        Set<String> inv = new TreeSet<>();
        int score = 0, moves = 0;
        boolean dark;
        for (String cmd : script.split(";")) {
            String[] w = cmd.split(" ", 2);
            String verb = w[0], obj = w.length > 1 ? w[1] : "";
            moves++;
            dark = here.name.equals("cellar") && !inv.contains("lamp");
            String reply = switch (verb) {
                case "look" -> dark ? "too dark" : here.name + ": " + here.desc + " items=" + here.items + " exits=" + here.exits.keySet();
                case "take" -> {
                    if (dark) yield "you fumble in the dark";
                    if (!here.items.remove(obj)) yield "no " + obj + " here";
                    inv.add(obj); score += obj.equals("crown") ? 50 : 5;
                    yield "taken " + obj;
                }
                case "drop" -> { if (inv.remove(obj)) { here.items.add(obj); yield "dropped " + obj; } yield "you have no " + obj; }
                case "inventory" -> "carrying " + inv + " score " + score;
                case "go" -> {
                    Dir d;
                    try { d = Dir.valueOf(obj.toUpperCase()); } catch (IllegalArgumentException e) { yield "which way?"; }
                    String to = here.exits.get(d);
                    if (to == null) yield "no exit " + d.name().toLowerCase();
                    Room next = rooms.get(to);
                    if (next.lockedBy != null) {
                        if (!inv.contains(next.lockedBy)) yield "the " + to + " is locked";
                        next.lockedBy = null; score += 10;
                    }
                    here = next;
                    yield "you enter the " + here.name;
                }
                case "quit" -> "bye";
                default -> "I don't know how to " + verb;
            };
            System.out.printf("%2d> %-14s %s%n", moves, cmd, reply);
            if (verb.equals("quit")) break;
        }
        System.out.println("final score " + score + " in " + moves + " moves at " + here.name);
        for (Room r : rooms.values()) System.out.println(r.name + " " + r.items + " " + r.exits);
    }
}
