// The exceptions of String.format and printf, with the JDK's classes, messages and accessors: an
// unknown conversion, a missing argument, a wrong argument type, flags that clash or repeat or do
// not fit the conversion, a missing width, a bad precision or index, an invalid code point, the
// floating conversions (recognised: a wrong argument is still an IllegalFormatConversionException),
// printf's partial output (text before the failing specifier is printed; a malformed format
// prints nothing), and an argument whose toString() returns null.
import java.util.IllegalFormatException;

public class FormatErrors {
    static void attempt(String format, Object... args) {
        try {
            System.out.println("ok: " + String.format(format, args));
        } catch (IllegalFormatException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        String[] formats = {"%q", "%", "abc%", "%5", "%.d", "%d", "%s %s %s", "%2$s", "%<s", "%-d", "%-0d", "%-05d",
            "%+ d", "%--5d", "%#d", "%,x", "%+x", "% o", "%(x", "%5.3d", "%.2c", "%#s", "%#b", "%+s", "%-s",
            "%0s", "%-5n", "%.2n", "%-%", "%05%", "%<n", "%0$s", "%99999999999$s", "%2147483648d", "%.2147483648s",
            "%c", "%f", "%.2e", "%,e", "%#g", "%,a", "%tY", "%tq", "%-tY", "%-05X", "%1$<s", "%5$-s"};
        for (String f : formats) {
            attempt(f, "str", 7);
        }
        attempt("%c", 0x110000);
        attempt("%c", -1);
        attempt("%c", (byte) -1);
        attempt("%d", 'c');
        attempt("%x", true);
        attempt("%d", 1L, 2);
        attempt("%f %e %g %a", null, null, null, null);
        attempt("%+x %+d", null, null);
        try {
            String.format("%+y", 1);
        } catch (java.util.UnknownFormatConversionException e) {
            System.out.println("conversion " + e.getConversion());
        }
        try {
            String.format("%-+5c", 'x');
        } catch (java.util.FormatFlagsConversionMismatchException e) {
            System.out.println("flags " + e.getFlags() + " conversion " + e.getConversion());
        }
        try {
            String.format("%d", "no");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println(e.getConversion() + " " + e.getArgumentClass().getName());
        }
        try {
            String.format("%s %s", "one");
        } catch (IllegalArgumentException e) {
            System.out.println(((java.util.MissingFormatArgumentException) e).getFormatSpecifier());
        }
        try {
            String.format(null, 1);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Object nullText = new Object() {
            @Override
            public String toString() {
                return null; // breaks toString's contract: the JDK prints "null" or fails on it
            }
        };
        for (String f : new String[] {"%s", "%5s", "%.2s", "%S"}) {
            try {
                System.out.println(String.format(f, nullText));
            } catch (NullPointerException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            System.out.printf("before %d, after %d%n", 1, "two");
        } catch (IllegalFormatException e) {
            System.out.println("|" + e.getMessage());
        }
        try {
            System.out.printf("nothing %d %q%n", 1);
        } catch (IllegalFormatException e) {
            System.out.println("|" + e.getMessage());
        }
        try {
            System.out.printf("%s %s%n", "late", 1, 2);
        } catch (IllegalFormatException e) {
            System.out.println("unexpected " + e);
        }
    }
}
