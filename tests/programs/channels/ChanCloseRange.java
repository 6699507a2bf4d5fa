// Channels: close and range. Values buffered before close are still received, in order; range
// stops after them; len and cap report the buffer; an iterator past the end throws.
import java.util.Iterator;
import java.util.NoSuchElementException;
import rtgo.Chan;

public class ChanCloseRange {
    public static void main(String[] args) {
        Chan<String> c = new Chan<>(5);
        c.send("one");
        c.send("two");
        c.send("three");
        System.out.println("len " + c.len() + " cap " + c.cap());
        c.close();
        System.out.println("len after close " + c.len());
        for (String s : c) {
            System.out.println("got " + s);
        }
        System.out.println("len after range " + c.len());
        Iterator<String> it = c.iterator();
        System.out.println("hasNext " + it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past the end: NoSuchElementException");
        }
        Chan<Integer> empty = new Chan<>();
        empty.close();
        int n = 0;
        for (Integer v : empty) {
            n += v;
        }
        System.out.println("range over closed empty channel: " + n + " iterations");
    }
}
