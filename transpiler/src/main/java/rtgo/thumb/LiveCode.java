package rtgo.thumb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rtgo.ir.Func;
import rtgo.sym.ClassInit;
import rtgo.sym.ProgramSymbols;
import rtgo.sym.RuntimeSymbols;
import rtgo.sym.Symbols;
import rtgo.vm.abi.SymbolNames;

/**
 * What the image must hold: the functions, type descriptors, class-initialisation stubs and string
 * literals that the start-up code, the fault handlers and the interrupt handlers reach, after
 * every method has been optimised and compiled. Everything else is left out of the image.
 *
 * <p>Design note. The front end translates whatever a method's bytecode may call, and lowering
 * adds calls of its own (a null check's stub calls Throw.nullPointerAt, {@code new} calls
 * Heap.allocObject). Optimisation then removes many of those checks and calls: a program whose
 * compiled code no longer reaches any exception report, nor any allocation, does not need the
 * exception machinery, the allocator or the collector at all. The front end cannot know that when
 * it builds its closed world, so this is decided here, the way a linker's section garbage
 * collection would, but on the compiler's own units, because the frame table and the type
 * descriptors (which refer to every method they describe) would otherwise keep everything.
 * {@code descriptorText} also gives the text of the other objects in flash that code names
 * (the empty String[] of main's arguments).
 *
 * <p>The references of a unit are read from the assembly text the emitter writes for it (a
 * function with its literal pools and jump tables, a descriptor with its virtual table), so that
 * nothing the emitter may refer to is missed: quoted symbols ({@code "J:…"}, types, init stubs),
 * the labels of String literals and C strings, and bare {@code rtgo_…} names: exported methods
 * (as {@code Address.symbol("rtgo_uncaught")} writes them) and the tables only the runtime reads
 * (the frame table, NPE messages, static roots, enum values), which are left out when no live
 * code names them. Edges the text does not show:
 * <ul>
 * <li>a class-initialisation stub runs the class's initialiser and its superclasses' stubs, and
 *     calls Throw.noClassDef when the class is erroneous ({@code noClassDef}: unless a failed
 *     initialiser always ends the program);</li>
 * <li>the hand-written {@code raise} runs the unwinder, the hand-written {@code collect} the
 *     collector;</li>
 * <li>a string literal is a String object: its header names the String descriptor;</li>
 * <li>a virtual or interface call reaches every implementation the closed world has; the slots
 *     of the virtual and interface tables do not make a method live by themselves (a slot no
 *     live call can use is written as 0);</li>
 * <li>the exported methods of a runtime class other than the roots (the scheduler's alarm, tick
 *     and thread entry, the unwinder's landing) are called by the start-up code through weak
 *     symbols, so they stay exactly when some other method of their class stays.</li>
 * </ul>
 * The roots are the exported methods of the start-up and fault classes, the interrupt handlers,
 * and the String literals held by static fields.
 */
public final class LiveCode {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]+)\"");
    private static final Pattern STRING_LABEL = Pattern.compile("\\.Lc?str\\d+");
    private static final Pattern BARE = Pattern.compile("\\brtgo_[A-Za-z0-9_]+");
    /** The classes whose exported methods are always part of the image: start-up and fault handlers. */
    private static final List<String> ROOT_OWNERS = List.of("rtgo.runtime.Start", "rtgo.runtime.Fault");

    private final Set<String> live = new LinkedHashSet<>();
    private final Deque<String> work = new ArrayDeque<>();

    private LiveCode() {}

    /**
     * The live units of a program: {@code functions} maps each compiled method's symbol to its
     * emitted text, {@code descriptors} each type (or multi-array type table) symbol to its
     * descriptor's text; {@code roots} are the labels of strings static fields hold and the
     * functions the caller wants kept whatever reaches them.
     */
    static Set<String> of(ProgramSymbols program, Map<String, Func> functions, boolean noClassDef,
                          Function<String, String> functionText,
                          Function<String, String> descriptorText, List<String> roots) {
        LiveCode lc = new LiveCode();
        Map<String, List<String>> exportsByOwner = new HashMap<>();
        Map<String, String> exportSymbol = new HashMap<>();
        for (Map.Entry<String, String> e : program.exports().entrySet()) {
            exportSymbol.put(e.getValue(), e.getKey());
            exportsByOwner.computeIfAbsent(owner(e.getKey()), k -> new ArrayList<>()).add(e.getKey());
            if (ROOT_OWNERS.contains(owner(e.getKey()))) {
                lc.add(e.getKey());
            }
        }
        program.interrupts().keySet().forEach(lc::add);
        roots.forEach(lc::add);
        Map<String, ClassInit> stubs = new HashMap<>();
        for (ClassInit ci : program.inits().values()) {
            stubs.put(Symbols.initStub(ci.className()), ci);
        }
        Set<String> ownersSeen = new LinkedHashSet<>();
        while (!lc.work.isEmpty()) {
            String sym = lc.work.pop();
            Func f = functions.get(sym);
            if (f != null) {
                lc.scan(functionText.apply(sym), exportSymbol, false);
                for (rtgo.ir.Block b : f.blocks) {
                    for (rtgo.ir.Insn i : b.insns) {
                        if (i.op == rtgo.ir.Op.CALLV) { // a virtual or interface call: its implementations
                            program.implementations(i.sym).forEach(lc::add);
                        }
                    }
                }
                String owner = owner(sym);
                if (ownersSeen.add(owner)) {
                    exportsByOwner.getOrDefault(owner, List.of()).forEach(lc::add);
                }
            } else if (stubs.containsKey(sym)) {
                stubs.get(sym).stubCalls().forEach(lc::add);
                if (noClassDef) {
                    lc.add(RuntimeSymbols.symbol(RuntimeSymbols.NO_CLASS_DEF));
                }
            } else if (sym.equals(RuntimeSymbols.symbol(RuntimeSymbols.RAISE))) {
                lc.add(RuntimeSymbols.symbol(RuntimeSymbols.UNWIND));
            } else if (sym.equals(RuntimeSymbols.symbol(RuntimeSymbols.COLLECT))) {
                lc.add(RuntimeSymbols.symbol(RuntimeSymbols.COLLECT_FROM));
            } else if (sym.startsWith(".Lstr")) {
                lc.add(SymbolNames.STRING_TYPE);
            } else {
                String text = descriptorText.apply(sym); // a descriptor, type table or flash object
                if (text != null) {
                    lc.scan(text, exportSymbol, true);
                }
            }
        }
        return lc.live;
    }

    private void add(String sym) {
        if (live.add(sym)) {
            work.add(sym);
        }
    }

    /**
     * Adds what {@code text} names; in a descriptor ({@code table}), not the methods of its virtual
     * and interface tables: a slot matters only when live code makes a virtual call that may reach it.
     */
    private void scan(String text, Map<String, String> exportSymbol, boolean table) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (!(table && m.group(1).startsWith(SymbolNames.METHOD_PREFIX))) {
                add(m.group(1));
            }
        }
        m = STRING_LABEL.matcher(text);
        while (m.find()) {
            add(m.group());
        }
        m = BARE.matcher(text);
        while (m.find()) {
            String sym = exportSymbol.get(m.group());
            add(sym != null ? sym : m.group()); // an exported method, or an object in flash
        }
    }

    /** "J:pkg.Cls.name(desc)" → "pkg.Cls". */
    private static String owner(String methodSymbol) {
        String s = methodSymbol.substring(SymbolNames.METHOD_PREFIX.length(), methodSymbol.indexOf('('));
        return s.substring(0, s.lastIndexOf('.'));
    }
}
