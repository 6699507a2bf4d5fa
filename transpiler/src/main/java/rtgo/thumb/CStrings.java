package rtgo.thumb;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NUL-terminated UTF-8 strings in read-only data, each text once, for what the runtime only prints
 * (frame names, exception messages, the runtime's own texts: rtgo.vm.Address.cString): half the
 * size of a Java String literal's UTF-16.
 */
final class CStrings {
    private final String prefix;
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** {@code prefix}: a local label prefix of this table's own (e.g. {@code .Lframe_str}). */
    CStrings(String prefix) {
        this.prefix = prefix;
    }

    /** The label of {@code s}, or "0" for null. */
    String label(String s) {
        if (s == null) {
            return "0";
        }
        return labels.computeIfAbsent(s, k -> prefix + labels.size());
    }

    /** The strings, in the current section. */
    String render() {
        return render(labels);
    }

    /** The strings of {@code labels} (text to label), in the current section. */
    static String render(Map<String, String> labels) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> c : labels.entrySet()) {
            sb.append(c.getValue()).append(":\n    .byte ");
            for (byte b : c.getKey().getBytes(StandardCharsets.UTF_8)) {
                sb.append(b & 0xff).append(", ");
            }
            sb.append("0\n");
        }
        return sb.toString();
    }
}
