package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** TBoolean against java.lang.Boolean. */
class TBooleanTest {
    @Test
    void parseAndPrint() {
        String[] texts = { "true", "TRUE", "tRuE", "false", "yes", "1", "", " true", "true ", null };
        for (String t : texts) {
            assertEquals(Boolean.parseBoolean(t), TBoolean.parseBoolean(t), "parseBoolean " + t);
        }
        assertSame(Boolean.toString(true), TBoolean.toString(true));
        assertSame(Boolean.toString(false), TBoolean.toString(false));
    }

    @Test
    void helpers() {
        boolean[] both = { false, true };
        for (boolean a : both) {
            assertEquals(Boolean.hashCode(a), TBoolean.hashCode(a));
            for (boolean b : both) {
                assertEquals(Boolean.compare(a, b), TBoolean.compare(a, b));
                assertEquals(Boolean.logicalAnd(a, b), TBoolean.logicalAnd(a, b));
                assertEquals(Boolean.logicalOr(a, b), TBoolean.logicalOr(a, b));
                assertEquals(Boolean.logicalXor(a, b), TBoolean.logicalXor(a, b));
            }
        }
    }
}
