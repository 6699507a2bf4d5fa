package rtgo.thumb;

import java.util.Set;

/**
 * Encoded sizes of the ARMv6-M instructions the back end writes, the one place that knows them:
 * every Thumb instruction is 16 bits except BL, MRS, MSR, DMB, DSB and ISB, which are 32
 * (ARMv6-M Architecture Reference Manual, A5.1 and A5.2.1). {@link Layout} measures the assembly it
 * is given with this, so no emitter states a size by hand.
 */
final class Encoding {
    private Encoding() {}

    private static final Set<String> WIDE = Set.of("bl", "mrs", "msr", "dmb", "dsb", "isb");

    /**
     * Bytes of a fragment of assembly: one instruction per line, each optionally preceded by a
     * local label ({@code 1: ldr ...}); label-only lines take no space. Directives are refused: a
     * fragment must be code whose size this table knows.
     */
    static int bytes(String asm) {
        int n = 0;
        for (String line : asm.split("\n")) {
            String s = line.strip();
            int colon = s.indexOf(':');
            if (colon > 0 && s.substring(0, colon).matches("[\\w.$]+")) {
                s = s.substring(colon + 1).strip();
            }
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith(".")) {
                throw new IllegalArgumentException("not an instruction: " + line);
            }
            int space = s.indexOf(' ');
            String mnemonic = space < 0 ? s : s.substring(0, space);
            n += WIDE.contains(mnemonic) ? 4 : 2;
        }
        return n;
    }
}
