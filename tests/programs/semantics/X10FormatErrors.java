// Extra: Formatter edge cases: exception classes and messages for bad conversions/flags/indices, %h, relative index %<, width on null/boolean/char, Formatter with StringBuilder
import java.util.*;
public class X10FormatErrors {
    static void f(String fmt, Object... args) {
        try { System.out.println("[" + fmt + "] -> [" + String.format(fmt, args) + "]"); }
        catch (IllegalFormatException e) { System.out.println("[" + fmt + "] !! " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        f("%d", 'c'); f("%d", "s"); f("%x", 1.5); f("%c", 1114112); f("%c", -1); f("%c", "str"); f("%+s", "x"); f("%-d", 5); f("%05s", "x");
        f("%,x", 255); f("%#c", 'a'); f("%(x", -5); f("% +d", 5); f("%-05d", 5); f("%3$s", "a", "b"); f("%0$s", "a"); f("%<s", "a");
        f("%s %<s %<S", "rel"); f("%2$d %1$d %d %d", 10, 20); f("%h", "hi"); f("%h", 255); f("%h", (Object) null); f("%H", 3.5);
        f("%10s|%-10s|%.2s", null, true, false); f("%5c|%-5c|", 'x', 65); f("%08X", -1); f("%,d", Long.MIN_VALUE); f("%x %o", -1L, -1L);
        f("%+,015d", 1234567); f("%(,d", -1234567L); f("%s", (Object) new int[0].length); f("%b %b %b", null, "false", Boolean.FALSE);
        f("%d%%%n", 5); f("%"); f("%-"); f("%5%"); f("%-5%|"); f("%z"); f("%ld", 5L); f("%.3d", 5); f("%1.2c", 'a'); f("%#s", "x");
        f("%1$s %1$s %s", "a", "b"); f("%c", (byte) 65); f("%c", (short) 0x3b1); f("%d", (Object) null); f("%x", (Object) null); f("%c", (Object) null);
        StringBuilder sb = new StringBuilder("pre:");
        Formatter fm = new Formatter(sb);
        fm.format("%d-%s", 1, "a").format("|%x", 255);
        System.out.println(fm + " " + sb);
        fm.close();
        try { fm.format("x"); } catch (FormatterClosedException e) { System.out.println("closed"); }
    }
}
