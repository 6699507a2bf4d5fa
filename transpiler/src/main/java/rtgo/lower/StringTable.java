package rtgo.lower;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The image's string literals: one copy of each distinct string, labelled {@code .Lstr<N>}, laid out
 * in flash by the emitter as String objects (docs/abi.md, "Objects").
 */
public final class StringTable {
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** The label of {@code s}, adding it on first use. */
    public String label(String s) {
        return labels.computeIfAbsent(s, k -> ".Lstr" + labels.size());
    }

    public Map<String, String> all() {
        return labels;
    }
}
