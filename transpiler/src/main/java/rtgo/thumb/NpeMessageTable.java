package rtgo.thumb;

import java.util.LinkedHashMap;
import java.util.Map;
import rtgo.vm.abi.SymbolNames;

/**
 * The detail messages of NullPointerExceptions ({@code rtgo_npe_messages}, docs/abi.md): a failed
 * null check passes the 1-based index of its message to {@code Throw.nullPointerAt}, 0 for none.
 * An index fits one {@code movs} for the first 255 messages, which keeps the stubs small.
 */
final class NpeMessageTable {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final CStrings strings = new CStrings(".Lnpe_msg");

    /** The index of {@code message}, 0 for null. */
    int index(String message) {
        if (message == null) {
            return 0;
        }
        return index.computeIfAbsent(message, k -> index.size() + 1);
    }

    String render() {
        StringBuilder sb = new StringBuilder("\n    .section .rodata\n    .balign 4\n    .global ")
                .append(SymbolNames.NPE_MESSAGES).append('\n');
        sb.append(SymbolNames.NPE_MESSAGES).append(":\n");
        for (String m : index.keySet()) {
            sb.append("    .word ").append(strings.label(m)).append('\n');
        }
        sb.append(strings.render());
        return sb.toString();
    }
}
