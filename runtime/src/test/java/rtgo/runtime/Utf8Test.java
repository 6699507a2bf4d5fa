package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Utf8 against the JDK's own PrintStream with a UTF-8 encoder, the path System.out takes: the same
 * units printed in the same pieces must give the same bytes, including the handling of surrogates
 * split across prints and a high surrogate left pending at the end (dropped).
 */
class Utf8Test {
    @BeforeEach
    void forgetPendingSurrogate() {
        Utf8.dropPending();
    }

    @Test
    void asciiAndMultiByteCharsMatchTheJdk() {
        assertSameAsPrintStream(new String[] {"hi \u00e9\u20ac\uffff\u0000\u007f\u0080\u07ff\u0800"});
    }

    @Test
    void surrogatePairSplitAcrossPrintsBecomesOneSequence() {
        byte[] bytes = assertSameAsPrintStream(new String[] {"x\uD83D", "\uDE00y"});
        assertArrayEquals(HexFormat.of().parseHex("78f09f988079"), bytes);
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() {
        assertSameAsPrintStream(new String[] {"a\uD800b", "\uDC00", "\uDBFF\uDBFF\uDFFF", "\uD83D", "\n"});
    }

    @Test
    void highSurrogatePendingAtTheEndIsDropped() {
        byte[] bytes = assertSameAsPrintStream(new String[] {"x", "\uD83D"});
        assertArrayEquals(new byte[] {'x'}, bytes);
    }

    @Test
    void randomSurrogateHeavyTextMatchesTheJdk() {
        Random random = new Random(20240601);
        for (int round = 0; round < 2000; round++) {
            int pieces = 1 + random.nextInt(6);
            String[] prints = new String[pieces];
            for (int p = 0; p < pieces; p++) {
                StringBuilder piece = new StringBuilder();
                int length = random.nextInt(5);
                for (int i = 0; i < length; i++) {
                    piece.append(randomUnit(random));
                }
                prints[p] = piece.toString();
            }
            Utf8.dropPending();
            assertSameAsPrintStream(prints);
        }
    }

    /** Every BMP unit on its own, including each surrogate alone. */
    @Test
    void everySingleUnitMatchesTheJdk() {
        for (int c = 0; c <= 0xFFFF; c++) {
            Utf8.dropPending();
            assertSameAsPrintStream(new String[] {String.valueOf((char) c), "."});
        }
    }

    private static char randomUnit(Random random) {
        switch (random.nextInt(6)) {
            case 0: return (char) (0xD800 + random.nextInt(0x400));
            case 1: return (char) (0xDC00 + random.nextInt(0x400));
            case 2: return (char) random.nextInt(0x80);
            case 3: return (char) (0x80 + random.nextInt(0x780));
            default: return (char) random.nextInt(0x10000);
        }
    }

    /** Prints the pieces through Utf8 and through a JDK PrintStream; returns the bytes. */
    private static byte[] assertSameAsPrintStream(String[] prints) {
        ByteArrayOutputStream jdkBytes = new ByteArrayOutputStream();
        PrintStream jdk = new PrintStream(jdkBytes, false, StandardCharsets.UTF_8);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        for (String piece : prints) {
            jdk.print(piece);
            for (int i = 0; i < piece.length(); i++) {
                int count = Utf8.feed(piece.charAt(i));
                for (int b = 0; b < count; b++) {
                    ours.write(Utf8.byteAt(b));
                }
            }
        }
        jdk.flush();
        assertArrayEquals(jdkBytes.toByteArray(), ours.toByteArray(), () -> "prints " + describe(prints));
        return ours.toByteArray();
    }

    private static String describe(String[] prints) {
        StringBuilder text = new StringBuilder();
        for (String piece : prints) {
            text.append('[');
            for (int i = 0; i < piece.length(); i++) {
                text.append(String.format("%s%04x", i == 0 ? "" : " ", (int) piece.charAt(i)));
            }
            text.append(']');
        }
        return text.toString();
    }
}
