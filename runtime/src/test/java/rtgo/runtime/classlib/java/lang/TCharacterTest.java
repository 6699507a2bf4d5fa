package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * TCharacter against java.lang.Character for all 256 chars it covers. (Chars above U+00FF panic
 * on the device; that path needs the console and is not run here.)
 */
class TCharacterTest {
    @Test
    void classificationMatchesTheJdk() {
        for (char c = 0; c <= 0xFF; c++) {
            String where = String.format("U+%04X", (int) c);
            assertEquals(Character.isDigit(c), TCharacter.isDigit(c), "isDigit " + where);
            assertEquals(Character.isLetter(c), TCharacter.isLetter(c), "isLetter " + where);
            assertEquals(Character.isLetterOrDigit(c), TCharacter.isLetterOrDigit(c), "isLetterOrDigit " + where);
            assertEquals(Character.isWhitespace(c), TCharacter.isWhitespace(c), "isWhitespace " + where);
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
}
