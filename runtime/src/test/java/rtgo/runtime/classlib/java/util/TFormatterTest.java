package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Formatter;
import java.util.FormatterClosedException;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import org.junit.jupiter.api.Test;

/** TFormatter against java.util.Formatter with StringBuilder destinations. */
class TFormatterTest {
    @Test
    void formatsIntoStringBuilders() {
        StringBuilder mineSb = new StringBuilder("start:");
        StringBuilder jdkSb = new StringBuilder("start:");
        TFormatter mine = new TFormatter(mineSb);
        Formatter jdk = new Formatter(jdkSb, Locale.US);
        assertSame(mine, mine.format("%d|%5s|%-4x|", 42, "ab", 255));
        jdk.format("%d|%5s|%-4x|", 42, "ab", 255);
        mine.format("%,d%n", 1234567);
        jdk.format("%,d%n", 1234567);
        assertEquals(jdk.toString(), mine.toString());
        assertEquals(jdkSb.toString(), mineSb.toString());
        assertThrows(MissingFormatArgumentException.class, () -> mine.format("tail %s %s", "x"));
        assertThrows(MissingFormatArgumentException.class, () -> jdk.format("tail %s %s", "x"));
        assertEquals(jdk.toString(), mine.toString());
        TFormatter fresh = new TFormatter();
        fresh.format("%s=%b", "k", null);
        assertEquals("k=false", fresh.toString());
        assertEquals("x", new TFormatter((Appendable) null).format("x").toString());
        mine.close();
        mine.close();
        assertThrows(FormatterClosedException.class, mine::toString);
        assertThrows(FormatterClosedException.class, () -> mine.format("x"));
        assertEquals(null, mine.ioException());
    }
}
