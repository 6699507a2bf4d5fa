package rtgo.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectation comments of codegen files and their check against generated assembly.
 *
 * <p>The {@code //} comment lines right above a {@code static} method declaration may hold:
 * <pre>
 * // thumb: REGEX              some line of the method's code matches REGEX (a find, not a full match)
 * // thumb: -REGEX             no line matches
 * // thumb-count: REGEX N      exactly N lines match
 * // thumb-loop: [-]REGEX      as "thumb:", over the lines inside loops only
 * // thumb-loop-count: REGEX N as "thumb-count:", inside loops only
 * // disabled: REASON          the method's test is skipped (an expectation for work not done yet)
 * </pre>
 * A method's code runs from its symbol's label ({@code "J:Class.name(...)":}, docs/abi.md) to its
 * {@code .size} directive: instructions, literal pools and the out-of-line check stubs that belong
 * to it; label-only lines are left out. A line is inside a loop when it lies between a label and a
 * later branch back to that label.
 */
final class CodegenExpectations {
    private CodegenExpectations() {}

    /** One kind of expectation: {@code count} -1 means "at least one" (or, negated, "none"). */
    record Expect(String text, Pattern regex, boolean negated, int count, boolean loopOnly) {}

    /** An annotated method: its name, the source line of its declaration, its expectations. */
    record Method(String name, int line, List<Expect> expects, String disabled) {}

    private static final Pattern DECL = Pattern.compile("^\\s*(?:(?:public|private|protected|final)\\s+)*static\\s+[\\w\\[\\]<>]+\\s+(\\w+)\\s*\\(");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*//\\s*(thumb|thumb-loop|thumb-count|thumb-loop-count|disabled):\\s*(.*)$");
    private static final Pattern COUNT = Pattern.compile("^(.*\\S)\\s+(\\d+)$");
    private static final Pattern BRANCH = Pattern.compile("^b(?:eq|ne|cs|cc|hs|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al)?\\s+(\\S+)$");

    static List<Method> parse(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<Method> methods = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher decl = DECL.matcher(lines.get(i));
            if (!decl.find()) {
                continue;
            }
            List<Expect> expects = new ArrayList<>();
            String disabled = null;
            for (int k = i - 1; k >= 0 && lines.get(k).trim().startsWith("//"); k--) {
                Matcher d = DIRECTIVE.matcher(lines.get(k));
                if (!d.matches()) {
                    continue;
                }
                String kind = d.group(1);
                String arg = d.group(2).trim();
                if (kind.equals("disabled")) {
                    disabled = arg;
                    continue;
                }
                boolean loop = kind.startsWith("thumb-loop");
                int count = -1;
                if (kind.endsWith("-count")) {
                    Matcher c = COUNT.matcher(arg);
                    if (!c.matches()) {
                        throw new IllegalArgumentException(source + ":" + (k + 1) + ": '" + kind + ":' needs a regex and a count");
                    }
                    arg = c.group(1);
                    count = Integer.parseInt(c.group(2));
                }
                boolean negated = count < 0 && arg.startsWith("-");
                String regex = negated ? arg.substring(1) : arg;
                expects.add(0, new Expect(kind + ": " + d.group(2).trim(), Pattern.compile(regex), negated, count, loop));
            }
            if (!expects.isEmpty()) {
                methods.add(new Method(decl.group(1), i + 1, expects, disabled));
            }
        }
        return methods;
    }

    /** The code lines of method {@code cls.name} in {@code asm}, or null when it has no function. */
    static List<String> functionOf(String asm, String cls, String name) {
        String start = "\"J:" + cls + "." + name + "(";
        List<String> out = null;
        for (String line : asm.split("\n")) {
            if (out == null) {
                if (line.startsWith(start) && line.endsWith("\":")) {
                    out = new ArrayList<>();
                }
                continue;
            }
            String t = line.trim();
            if (t.startsWith(".size ")) {
                return out;
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Which lines lie inside a loop: between a label and a later branch back to it. */
    static boolean[] inLoop(List<String> code) {
        boolean[] loop = new boolean[code.size()];
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i);
            if (line.endsWith(":") && !line.contains(" ")) {
                labels.put(line.substring(0, line.length() - 1), i);
                continue;
            }
            Matcher b = BRANCH.matcher(line);
            if (b.matches() && labels.containsKey(b.group(1))) {
                for (int k = labels.get(b.group(1)); k <= i; k++) {
                    loop[k] = true;
                }
            }
        }
        return loop;
    }

    /** The expectations that {@code code} breaks, as messages; empty when all hold. */
    static List<String> check(Method m, List<String> code) {
        boolean[] loop = inLoop(code);
        List<String> problems = new ArrayList<>();
        for (Expect e : m.expects()) {
            List<String> hits = new ArrayList<>();
            for (int i = 0; i < code.size(); i++) {
                String line = code.get(i);
                boolean labelOnly = line.endsWith(":") && !line.contains(" ");
                if (!labelOnly && (!e.loopOnly() || loop[i]) && e.regex().matcher(line).find()) {
                    hits.add(line);
                }
            }
            String where = e.loopOnly() ? " inside a loop" : "";
            if (e.count() >= 0 && hits.size() != e.count()) {
                problems.add(e.text() + ": " + hits.size() + " lines match" + where + ", expected " + e.count() + " " + hits);
            } else if (e.count() < 0 && e.negated() && !hits.isEmpty()) {
                problems.add(e.text() + ": must not match" + where + ", but matches " + hits);
            } else if (e.count() < 0 && !e.negated() && hits.isEmpty()) {
                problems.add(e.text() + ": no line matches" + where);
            }
        }
        if (!code.isEmpty() && m.expects().stream().anyMatch(Expect::loopOnly) && !containsTrue(loop)) {
            problems.add("'thumb-loop' expectations, but the code has no loop");
        }
        return problems;
    }

    private static boolean containsTrue(boolean[] a) {
        for (boolean b : a) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
