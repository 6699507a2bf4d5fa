package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * TCharacter against java.lang.Character for all 256 chars it covers, and for all 65536 chars
 * where it covers the BMP (isWhitespace, isDigit, digit). (Other chars above U+00FF panic on the
 * device; that path needs the console and is not run here.)
 */
class TCharacterTest {
    @Test
    void classificationMatchesTheJdk() {
        for (char c = 0; c <= 0xFF; c++) {
            String where = String.format("U+%04X", (int) c);
            assertEquals(Character.isLetter(c), TCharacter.isLetter(c), "isLetter " + where);
            assertEquals(Character.isLetterOrDigit(c), TCharacter.isLetterOrDigit(c), "isLetterOrDigit " + where);
            assertEquals(Character.isUpperCase(c), TCharacter.isUpperCase(c), "isUpperCase " + where);
            assertEquals(Character.isLowerCase(c), TCharacter.isLowerCase(c), "isLowerCase " + where);
        }
    }

    @Test
    void caseMappingMatchesTheJdk() {
        for (char c = 0; c <= 0xFF; c++) {
            String where = String.format("U+%04X", (int) c);
            assertEquals(Character.toUpperCase(c), TCharacter.toUpperCase(c), "toUpperCase " + where);
            assertEquals(Character.toLowerCase(c), TCharacter.toLowerCase(c), "toLowerCase " + where);
        }
    }

    @Test
    void bmpWideMethodsMatchTheJdk() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            String where = String.format("U+%04X", i);
            assertEquals(Character.isDigit(c), TCharacter.isDigit(c), "isDigit " + where);
            assertEquals(Character.isWhitespace(c), TCharacter.isWhitespace(c), "isWhitespace " + where);
            for (int radix = -1; radix <= 40; radix++) {
                assertEquals(Character.digit(c, radix), TCharacter.digit(c, radix), "digit " + where + " radix " + radix);
            }
        }
    }

    @Test
    void numericValuesMatchTheJdk() {
        for (char c = 0; c <= 0xFF; c++) {
            assertEquals(Character.getNumericValue(c), TCharacter.getNumericValue(c), String.format("getNumericValue U+%04X", (int) c));
            assertEquals(Character.compare(c, 'm'), TCharacter.compare(c, 'm'));
        }
        for (int radix = -1; radix <= 40; radix++) {
            for (int digit = -2; digit <= 40; digit++) {
                assertEquals(Character.forDigit(digit, radix), TCharacter.forDigit(digit, radix), "forDigit " + digit + " radix " + radix);
            }
        }
    }

    @Test
    void codePointsAsText() {
        int[] codePoints = { 0, 'a', 0xFF, 0xD800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF };
        for (int cp : codePoints) {
            assertEquals(Character.toString(cp), TCharacter.toString(cp), "toString " + cp);
        }
        assertEquals(Character.toString('q'), TCharacter.toString('q'));
    }

    @Test
    void caseOfEveryCodePointItKnows() {
        int known = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (!TCharacter.hasKnownCase(cp)) {
                continue;
            }
            known++;
            String where = String.format("U+%04X", cp);
            assertEquals(Character.toUpperCase(cp), TCharacter.toUpperCase("test", cp), "toUpperCase " + where);
            assertEquals(Character.toLowerCase(cp), TCharacter.toLowerCase("test", cp), "toLowerCase " + where);
            if (cp <= 0xFFFF) {
                assertEquals(Character.toUpperCase((char) cp), TCharacter.toUpperCase((char) cp), "toUpperCase(char) " + where);
                assertEquals(Character.toLowerCase((char) cp), TCharacter.toLowerCase((char) cp), "toLowerCase(char) " + where);
            }
            if (cp > 0xFF && TCharacter.isCaseless(cp)) {
                String s = Character.toString(cp);
                assertEquals(cp, Character.toTitleCase(cp), "toTitleCase " + where);
                assertEquals(s, s.toUpperCase(Locale.ROOT), "String.toUpperCase " + where);
                assertEquals(s, s.toLowerCase(Locale.ROOT), "String.toLowerCase " + where);
            }
        }
        // Latin-1, three Greek and Latin letters, and the caseless ranges: nearly all of Unicode
        assertTrue(known > 1_100_000, "known " + known);
    }
}
