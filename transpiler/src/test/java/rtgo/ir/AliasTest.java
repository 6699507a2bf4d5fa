package rtgo.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which alias classes may touch the same memory, and their text form. */
class AliasTest {
    @Test
    void classesThatCannotOverlap() {
        assertFalse(Alias.elements(Elem.I).mayAlias(Alias.elements(Elem.B)), "int[] and byte[] are different arrays");
        assertFalse(Alias.elements(Elem.I).mayAlias(Alias.elements(Elem.R)), "int[] and Object[] are different arrays");
        assertFalse(Alias.staticField("S:A.x").mayAlias(Alias.staticField("S:A.y")));
        assertFalse(Alias.staticField("S:A.x").mayAlias(Alias.elements(Elem.I)), "a static field is no array element");
        assertFalse(Alias.LENGTH.mayAlias(Alias.elements(Elem.I)), "the length word is no element");
    }

    @Test
    void classesThatMayOverlap() {
        assertTrue(Alias.elements(Elem.Z).mayAlias(Alias.elements(Elem.B)), "baload reads boolean[] and byte[]");
        assertTrue(Alias.elements(Elem.C).mayAlias(Alias.elements(Elem.S)), "a 16-bit load's extension may change");
        assertTrue(Alias.staticField("S:A.x").mayAlias(Alias.staticField("S:A.x")));
        for (Alias a : new Alias[] {Alias.staticField("S:A.x"), Alias.elements(Elem.R), Alias.LENGTH, Alias.CONST}) {
            assertTrue(Alias.ANY.mayAlias(a) && a.mayAlias(Alias.ANY), "a call may touch " + a);
            assertTrue(Alias.RAW.mayAlias(a) && a.mayAlias(Alias.RAW), "raw memory may be " + a);
        }
        assertTrue(Alias.LENGTH.immutable() && Alias.CONST.immutable() && !Alias.RAW.immutable());
    }

    @Test
    void textFormReadsBack() {
        for (Alias a : new Alias[] {Alias.staticField("S:A$B.x"), Alias.elements(Elem.Z), Alias.elements(Elem.C),
                Alias.elements(Elem.I), Alias.elements(Elem.R), Alias.LENGTH, Alias.CONST, Alias.RAW, Alias.ANY}) {
            assertEquals(a, Alias.parse(a.text()));
        }
        assertEquals("{elem 8}", Alias.elements(Elem.Z).toString());
    }
}
