// The exceptions lists throw, with the JDK's messages: index checks of ArrayList ("Index 5 out of
// bounds for length 3", "Index: 5, Size: 3") and LinkedList, subList's range checks, fail-fast
// iterators (ConcurrentModificationException), a second Iterator.remove, empty ends, and the
// unmodifiable List.of and fixed-size Arrays.asList.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.NoSuchElementException;

public class ListErrorMessages {
    interface Action {
        void run();
    }

    static void attempt(String what, Action a) {
        try {
            a.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        final List<Integer> a = new ArrayList<>(Arrays.asList(1, 2, 3));
        final List<Integer> l = new LinkedList<>(a);
        attempt("get(5)", new Action() { public void run() { a.get(5); } });
        attempt("get(-1)", new Action() { public void run() { a.get(-1); } });
        attempt("add(5,x)", new Action() { public void run() { a.add(5, 9); } });
        attempt("remove(3)", new Action() { public void run() { a.remove(3); } });
        attempt("set(3)", new Action() { public void run() { a.set(3, 0); } });
        attempt("linked get(5)", new Action() { public void run() { l.get(5); } });
        attempt("linked add(7,x)", new Action() { public void run() { l.add(7, 1); } });
        attempt("subList(-1,2)", new Action() { public void run() { a.subList(-1, 2); } });
        attempt("subList(0,9)", new Action() { public void run() { a.subList(0, 9); } });
        attempt("subList(2,1)", new Action() { public void run() { a.subList(2, 1); } });
        attempt("new ArrayList(-1)", new Action() { public void run() { new ArrayList<Integer>(-1); } });
        attempt("iterator past end", new Action() { public void run() {
            Iterator<Integer> it = a.iterator();
            while (true) it.next();
        } });
        attempt("remove twice", new Action() { public void run() {
            Iterator<Integer> it = a.iterator();
            it.next();
            it.remove();
            it.remove();
        } });
        attempt("remove before next", new Action() { public void run() { l.iterator().remove(); } });
        attempt("modify while iterating", new Action() { public void run() {
            for (Integer x : a) {
                if (x == 2) a.add(7);
            }
        } });
        attempt("linked modify while iterating", new Action() { public void run() {
            for (Integer x : l) {
                if (x == 1) l.remove(0);
            }
        } });
        attempt("empty getFirst", new Action() { public void run() { new LinkedList<String>().getFirst(); } });
        attempt("empty removeLast", new Action() { public void run() { new ArrayList<String>().removeLast(); } });
        attempt("List.of add", new Action() { public void run() { List.of(1).add(2); } });
        attempt("List.of get(3)", new Action() { public void run() { List.of(1, 2, 3).get(3); } });
        attempt("List.of(1,2) get(2)", new Action() { public void run() { List.of(1, 2).get(2); } });
        attempt("asList add", new Action() { public void run() { Arrays.asList(1, 2).add(3); } });
        attempt("asList get(4)", new Action() { public void run() { Arrays.asList(1, 2).get(4); } });
        attempt("sublist after change", new Action() { public void run() {
            List<Integer> s = a.subList(0, 2);
            a.add(4);
            s.size();
        } });
        System.out.println(a + " " + l);
        try {
            new ArrayList<Integer>().iterator().next();
        } catch (NoSuchElementException e) {
            System.out.println("caught NSEE " + (e.getMessage() == null));
        } catch (ConcurrentModificationException e) {
            System.out.println("wrong");
        }
    }
}
