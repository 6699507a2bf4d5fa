// Uncaught NPE reported from the stack: the helpful message for a field read through a chain whose
// middle link is null, reached through a non-ASCII local name and two calls deep, with output
// pending without a newline when the check fails.
public class UrNullFieldChain {
    static class Knoten {
        Knoten nächster;
        int wert;

        Knoten(int wert, Knoten nächster) {
            this.wert = wert;
            this.nächster = nächster;
        }
    }

    static int summe(Knoten größe) {
        return größe.wert + größe.nächster.wert + größe.nächster.nächster.wert;
    }

    static int außen(Knoten k) {
        System.out.print("summe: ");
        return summe(k) * 2;
    }

    public static void main(String[] args) {
        Knoten lang = new Knoten(1, new Knoten(2, new Knoten(3, null)));
        System.out.println(außen(lang));
        Knoten kurz = new Knoten(4, new Knoten(5, null));
        System.out.println(außen(kurz));
    }
}
