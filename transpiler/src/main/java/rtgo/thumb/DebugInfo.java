package rtgo.thumb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import rtgo.ir.Func;

/**
 * The DWARF a source-level debugger needs (gdb-multiarch: break on a Java method, step by Java
 * line, backtrace), written into the assembly: the Java source files ({@code .file n "pkg/Cls.java"},
 * numbered in order of first use; FunctionEmitter writes {@code .loc} lines against them and its
 * call frame information), and one compile unit whose subprograms name the methods the way a Java
 * stack trace does. GNU as turns the {@code .loc} lines into .debug_line; the compile unit
 * (.debug_info, .debug_abbrev) is written here, DWARF 3.
 *
 * <p>Design note. rtgo's symbols are JVM-style ({@code "J:demo.Blink.main([Ljava/lang/String;)V"}):
 * unique, used by the runtime, the frame table and the profiler, and unusable in gdb (the colon and
 * the brackets break its expressions). The debugger gets its own names from DWARF instead:
 * {@code demo.Blink.main}, or, for an overloaded name, with the parameter types as Java spells them
 * ({@code Blink.twice(int)}, {@code Blink.twice(long)}), so {@code break demo.Blink.main} works and
 * backtraces read like Java. The compile unit is written here rather than left to GNU as, which
 * would describe every function symbol itself but with the Thumb bit in its start address, so gdb
 * would put every function one byte late. The source path is the package directory plus the
 * classfile's SourceFile attribute, as javac lays sources out; gdb finds the files under a source
 * root given with {@code directory src/main/java}.
 */
final class DebugInfo {
    /**
     * DW_LANG_C99, not DW_LANG_Java: gdb dropped its Java support in 7.12 and shows Java-language
     * functions as "Blink.main(void) ()"; as C it shows "Blink.main ()" and parses the names in
     * {@code break} as plain symbols. There are no variables or types for the language to get wrong.
     */
    static final int LANGUAGE = 0x0c;

    /**
     * Goes before any code: the label gas's line table will start at (it appends its .debug_line
     * contents after it), and the start of the code the compile unit covers.
     */
    static final String PREAMBLE = "    .section .debug_line,\"\",%progbits\n.Ldebug_line0:\n    .text\n.Ltext0:\n";

    private final Map<String, Integer> files = new LinkedHashMap<>();
    private final Map<String, Integer> overloads = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    private final List<String[]> subprograms = new ArrayList<>();

    /**
     * The {@code .file} number of {@code f}'s source file, appending the directive to {@code text}
     * on first use; 0 when the class has no SourceFile attribute (no line information then).
     */
    int fileNumber(Func f, StringBuilder text) {
        if (f.sourceFile == null || f.sourceFile.isEmpty() || f.sourceFile.indexOf('"') >= 0
                || f.sourceFile.indexOf('\\') >= 0) {
            return 0;
        }
        String path = sourcePath(f);
        Integer n = files.get(path);
        if (n == null) {
            n = files.size() + 1;
            files.put(path, n);
            text.append("    .file ").append(n).append(" \"").append(path).append("\"\n");
        }
        return n;
    }

    /** "demo/Blink.java" for demo.Blink (and demo.Blink$Inner) compiled from Blink.java. */
    static String sourcePath(Func f) {
        String cls = f.displayName.substring(0, f.displayName.lastIndexOf('.'));
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? f.sourceFile : cls.substring(0, dot).replace('.', '/') + "/" + f.sourceFile;
    }

    /**
     * Learns every method of the program before the first is emitted, so that an overloaded name
     * gets its parameter list in all its overloads rather than in the ones after the first.
     */
    void methods(Collection<Func> all) {
        for (Func f : all) {
            overloads.merge(f.displayName, 1, Integer::sum);
        }
    }

    /** Records the code of one emitted function, between two labels, under its debugger name. */
    void function(Func f, String start, String end) {
        String name = name(f);
        if (name != null) {
            subprograms.add(new String[] {name, start, end});
        }
    }

    /** The debugger's name of {@code f} (see the design note), unique in the program; null if not a Java method. */
    String name(Func f) {
        if (!f.symbol.startsWith("J:") || f.symbol.indexOf('(') < 0) {
            return null;
        }
        String name = overloads.getOrDefault(f.displayName, 1) == 1 && !taken.containsKey(f.displayName)
                ? f.displayName : f.displayName + parameters(f.symbol);
        int seen = taken.merge(name, 1, Integer::sum);
        return seen == 1 ? name : name + "#" + seen; // bridge methods: same parameters, another return type
    }

    /** "(int,java.lang.String[])" from the descriptor in a method symbol. */
    static String parameters(String symbol) {
        String desc = symbol.substring(symbol.indexOf('('));
        StringBuilder sb = new StringBuilder("(");
        for (Type t : Type.getArgumentTypes(desc)) {
            sb.append(sb.length() > 1 ? "," : "").append(t.getClassName());
        }
        return sb.append(')').toString();
    }

    /** Appends .debug_abbrev and .debug_info: the compile unit from .Ltext0 to {@code codeEnd}. */
    void render(StringBuilder text, String codeEnd) {
        text.append("\n    .section .debug_abbrev,\"\",%progbits\n.Ldebug_abbrev0:\n")
            // 1: the compile unit, with children
            .append("    .uleb128 1\n    .uleb128 0x11\n    .byte 1\n")
            .append("    .uleb128 0x03\n    .uleb128 0x08\n")   // DW_AT_name, string
            .append("    .uleb128 0x25\n    .uleb128 0x08\n")   // DW_AT_producer, string
            .append("    .uleb128 0x13\n    .uleb128 0x0b\n")   // DW_AT_language, data1
            .append("    .uleb128 0x11\n    .uleb128 0x01\n")   // DW_AT_low_pc, addr
            .append("    .uleb128 0x12\n    .uleb128 0x01\n")   // DW_AT_high_pc, addr
            .append("    .uleb128 0x10\n    .uleb128 0x06\n")   // DW_AT_stmt_list, data4
            .append("    .uleb128 0\n    .uleb128 0\n")
            // 2: a subprogram, no children
            .append("    .uleb128 2\n    .uleb128 0x2e\n    .byte 0\n")
            .append("    .uleb128 0x03\n    .uleb128 0x08\n")   // DW_AT_name, string
            .append("    .uleb128 0x11\n    .uleb128 0x01\n")   // DW_AT_low_pc, addr
            .append("    .uleb128 0x12\n    .uleb128 0x01\n")   // DW_AT_high_pc, addr
            .append("    .uleb128 0x3f\n    .uleb128 0x0c\n")   // DW_AT_external, flag
            .append("    .uleb128 0\n    .uleb128 0\n")
            .append("    .byte 0\n");
        text.append("\n    .section .debug_info,\"\",%progbits\n")
            .append("    .4byte .Ldebug_info_end - .Ldebug_info_start\n.Ldebug_info_start:\n")
            .append("    .2byte 3\n    .4byte .Ldebug_abbrev0\n    .byte 4\n")
            .append("    .uleb128 1\n    .asciz \"program\"\n    .asciz \"rtgo\"\n")
            .append("    .byte ").append(LANGUAGE).append('\n')
            .append("    .4byte .Ltext0\n    .4byte ").append(codeEnd).append('\n')
            .append("    .4byte .Ldebug_line0\n");
        for (String[] s : subprograms) {
            text.append("    .uleb128 2\n    .asciz \"").append(s[0]).append("\"\n")
                .append("    .4byte ").append(s[1]).append("\n    .4byte ").append(s[2]).append("\n    .byte 1\n");
        }
        text.append("    .byte 0\n.Ldebug_info_end:\n    .text\n");
    }
}
