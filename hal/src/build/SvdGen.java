/*
 * SvdGen: the build-time generator of rtgo's register layer (package rtgo.hal.regs).
 *
 * Run at generate-sources by hal/pom.xml as a single-file Java program (so it is one file: JDK 21's
 * source launcher compiles exactly one):
 *   java SvdGen.java <RP2040.svd> <svd-patch.txt> <output source root>
 *
 * It reads the vendor SVD unchanged, applies our own fixes from the patch file (format in
 * svd-patch.txt and SvdPatch below), resolves derivedFrom peripherals and writes one final class
 * per peripheral holding nothing but `public static final int` constants. javac inlines such
 * constants at every use, so device code never loads these classes: an address becomes a
 * literal-pool word, a mask or shift an immediate.
 *
 * The generator refuses what it does not understand (dim arrays, clusters, other bit-range forms,
 * overlapping fields, two constants with one name) instead of guessing: a silent gap here would
 * surface much later as a wrong address on the device. Files are rewritten only when their text
 * changes, so an unchanged SVD does not make hal recompile.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public final class SvdGen {
    static final String PACKAGE = "rtgo.hal.regs";

    record EnumValue(String name, int value, String description) {}

    record Field(String name, int msb, int lsb, String access, String description, List<EnumValue> values) {
        int mask() {
            return (int) (((1L << (msb - lsb + 1)) - 1) << lsb);
        }
    }

    record Register(String name, int offset, String access, String description, List<Field> fields) {}

    record Peripheral(String name, long base, String derivedFrom, String description, List<Register> registers) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java SvdGen.java <RP2040.svd> <svd-patch.txt> <output source root>");
            System.exit(2);
        }
        Path svd = Path.of(args[0]);
        Path patch = Path.of(args[1]);
        Path outRoot = Path.of(args[2]);
        String header = header(svd.getFileName().toString(), patch.getFileName().toString());

        Map<String, Peripheral> peripherals = parse(svd);
        List<String> patchLines = Files.readAllLines(patch, StandardCharsets.UTF_8);
        int patched = SvdPatch.apply(peripherals, patchLines, patch.getFileName().toString());

        Map<String, String> sources = new LinkedHashMap<>();
        for (Peripheral p : peripherals.values()) {
            Peripheral source = p.derivedFrom() == null ? p : peripherals.get(p.derivedFrom());
            if (source == null) {
                throw new IllegalStateException(p.name() + " is derived from unknown " + p.derivedFrom());
            }
            sources.put(ident(p.name()), header + new ClassWriter(p, source.registers()).write());
        }
        sources.put("package-info", header + packageInfo());
        int written = writeAll(outRoot.resolve(PACKAGE.replace('.', '/')), sources);
        System.out.printf("SvdGen: %d peripherals, %d patch directives, %d of %d files rewritten in %s%n",
                peripherals.size(), patched, written, sources.size(), outRoot);
    }

    // ---- reading the SVD ----------------------------------------------------------------------

    static Map<String, Peripheral> parse(Path svd) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element device = factory.newDocumentBuilder().parse(svd.toFile()).getDocumentElement();
        Map<String, Peripheral> result = new LinkedHashMap<>();
        for (Element pe : children(child(device, "peripherals"), "peripheral")) {
            String name = text(pe, "name");
            String derived = pe.hasAttribute("derivedFrom") ? pe.getAttribute("derivedFrom") : null;
            List<Register> registers = new ArrayList<>();
            Element regs = child(pe, "registers");
            if (regs != null) {
                rejectUnsupported(regs, name, "cluster");
                for (Element re : children(regs, "register")) registers.add(register(name, re));
            }
            if (derived != null && !registers.isEmpty()) {
                throw new IllegalStateException(name + ": derivedFrom with registers of its own");
            }
            long base = number(text(pe, "baseAddress"));
            Peripheral p = new Peripheral(name, base, derived, textOr(pe, "description", ""), registers);
            if (result.put(name, p) != null) throw new IllegalStateException("peripheral " + name + " twice");
        }
        return result;
    }

    static Register register(String peripheral, Element re) {
        String name = text(re, "name");
        String where = peripheral + "." + name;
        rejectUnsupported(re, where, "dim");
        List<Field> fields = new ArrayList<>();
        for (Element fe : children(child(re, "fields"), "field")) fields.add(field(where, fe));
        int offset = (int) number(text(re, "addressOffset"));
        return new Register(name, offset, access(re), textOr(re, "description", ""), fields);
    }

    static Field field(String register, Element fe) {
        String where = register + "." + text(fe, "name");
        rejectUnsupported(fe, where, "dim");
        String range = textOr(fe, "bitRange", "");
        if (!range.matches("\\[\\d+:\\d+\\]")) {
            throw new IllegalStateException(where + ": only <bitRange>[msb:lsb]</bitRange> is supported");
        }
        String[] bits = range.substring(1, range.length() - 1).split(":");
        List<EnumValue> values = new ArrayList<>();
        for (Element ev : children(fe, "enumeratedValues")) {
            for (Element v : children(ev, "enumeratedValue")) {
                int value = (int) number(text(v, "value"));
                values.add(new EnumValue(text(v, "name"), value, textOr(v, "description", "")));
            }
        }
        return new Field(text(fe, "name"), Integer.parseInt(bits[0]), Integer.parseInt(bits[1]), access(fe),
                textOr(fe, "description", ""), values);
    }

    /** Access in the short form the javadoc uses: ro, rw, wo, plus write-1-to-clear and read side effects. */
    static String access(Element e) {
        String svdAccess = textOr(e, "access", "");
        String access = switch (svdAccess) {
            case "read-only" -> "ro";
            case "write-only" -> "wo";
            case "read-write" -> "rw";
            case "" -> "";
            default -> throw new IllegalStateException("unknown access " + svdAccess);
        };
        if ("oneToClear".equals(textOr(e, "modifiedWriteValues", ""))) access += ", write 1 to clear";
        if ("modify".equals(textOr(e, "readAction", ""))) access += ", read has side effects";
        return access;
    }

    static void rejectUnsupported(Element e, String where, String tag) {
        if (!children(e, tag).isEmpty()) throw new IllegalStateException(where + ": <" + tag + "> is not supported");
    }

    /** SVD scalars: 0x hex, # binary, or decimal. */
    static long number(String s) {
        s = s.trim();
        if (s.startsWith("0x") || s.startsWith("0X")) return Long.parseLong(s.substring(2), 16);
        if (s.startsWith("#")) return Long.parseLong(s.substring(1), 2);
        return Long.parseLong(s);
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> all = children(parent, tag);
        return all.isEmpty() ? null : all.get(0);
    }

    static String text(Element parent, String tag) {
        String t = textOr(parent, tag, null);
        if (t == null) throw new IllegalStateException("<" + parent.getTagName() + "> without <" + tag + ">");
        return t;
    }

    static String textOr(Element parent, String tag, String fallback) {
        Element e = child(parent, tag);
        return e == null ? fallback : e.getTextContent().trim();
    }

    // ---- writing Java ---------------------------------------------------------------------------

    static String header(String svdName, String patchName) {
        return "// DO NOT EDIT: generated by hal/src/build/SvdGen.java from " + svdName + " and " + patchName + ".\n"
                + "// Change the generator or the patch file and rebuild; edits here are lost on the next build.\n"
                + "// Register data: Copyright (c) 2024 Raspberry Pi Ltd., SPDX-License-Identifier: BSD-3-Clause.\n";
    }

    static String packageInfo() {
        return "\n/**\n * RP2040 register constants, one final class per peripheral, generated from the SVD.\n *\n * "
                + ClassWriter.NAMING.replace("\n", "\n * ") + "\n */\npackage " + PACKAGE + ";\n";
    }

    /** Writes each source whose text differs, deletes stale .java files; returns how many were written. */
    static int writeAll(Path dir, Map<String, String> sources) throws IOException {
        Files.createDirectories(dir);
        int written = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".java");
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) continue;
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            written++;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.list(dir)) {
            stale = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !sources.containsKey(f.getFileName().toString().replaceFirst("\\.java$", "")))
                    .toList();
        }
        for (Path f : stale) Files.delete(f);
        return written;
    }

    /** Constant names: upper case, anything outside [A-Z0-9_] becomes '_'. */
    static String ident(String svdName) {
        return svdName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }

    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s(?=[A-Z])");

    /**
     * SVD prose as a one-line javadoc: the first sentence (up to a full stop before a capital), at
     * most ~110 characters, with whatever could end the comment, open HTML, start a javadoc tag or a
     * unicode escape neutralised.
     */
    static String doc(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        Matcher end = SENTENCE_END.matcher(t);
        if (end.find()) t = t.substring(0, end.start() + 1);
        if (t.length() > 110) t = t.substring(0, 107).trim() + "...";
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;");
    }
}

/** Renders one peripheral class, checking that every constant name is unique and every field sane. */
final class ClassWriter {
    static final String NAMING = """
            <p>Naming, for peripheral {@code P}, register {@code R}, field {@code F} and enumerated value
            {@code V} of the SVD (names upper-cased, characters outside {@code [A-Z0-9_]} replaced by
            {@code _}):
            <ul>
            <li>{@code P.BASE} - the peripheral's base address;
            <li>{@code P.R} - the register's absolute address, {@code P.R_OFFSET} its offset from {@code BASE};
            <li>{@code P.R_F_BITS} - the field's mask, in place; {@code P.R_F_LSB} - its lowest bit;
            <li>{@code P.R_F_VALUE_V} - an enumerated field value, not shifted
                (write it as {@code V << R_F_LSB}).
            </ul>
            Example: {@code UART0.UARTFR} (0x40034018), {@code UART0.UARTFR_TXFF_BITS} (0x20),
            {@code UART0.UARTFR_TXFF_LSB} (5). Derived peripherals (UART1 from UART0) repeat the
            registers of their source at their own base. The atomic aliases (+0x1000 XOR, +0x2000 set,
            +0x3000 clear; datasheet 2.1.2) are applied by {@code rtgo.hal.Reg}, not repeated here.""";

    private final SvdGen.Peripheral p;
    private final List<SvdGen.Register> registers;
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();

    ClassWriter(SvdGen.Peripheral p, List<SvdGen.Register> registers) {
        this.p = p;
        this.registers = registers;
    }

    String write() {
        String cls = SvdGen.ident(p.name());
        constant("BASE", hex(p.base()), p.name() + " base address.", "");
        for (SvdGen.Register r : registers) writeRegister(r);
        String what = p.description().isEmpty() ? "" : ": " + SvdGen.doc(p.description());
        String derived = p.derivedFrom() == null ? ""
                : "\n *\n * <p>Derived from {@link " + SvdGen.ident(p.derivedFrom()) + "}: its registers at this base.";
        return "package " + SvdGen.PACKAGE + ";\n\n/**\n * " + p.name() + what + derived + "\n *\n * "
                + NAMING.replace("\n", "\n * ") + "\n */\n"
                + "public final class " + cls + " {\n    private " + cls + "() {}\n\n" + body + "}\n";
    }

    private void writeRegister(SvdGen.Register r) {
        String rn = SvdGen.ident(r.name());
        long address = p.base() + Integer.toUnsignedLong(r.offset());
        if (address > 0xffffffffL) throw new IllegalStateException(p.name() + "." + r.name() + " beyond 4 GiB");
        String access = r.access().isEmpty() ? "" : " (" + r.access() + ")";
        body.append('\n');
        constant(rn, hex(address),
                String.format("0x%03x %s%s: %s", r.offset(), r.name(), access, SvdGen.doc(r.description())), "");
        constant(rn + "_OFFSET", String.format("0x%03x", r.offset()), "Offset of {@link #" + rn + "} from BASE.", "");
        int used = 0;
        for (SvdGen.Field f : r.fields()) {
            String where = p.name() + "." + r.name() + "." + f.name();
            if (f.lsb() < 0 || f.msb() > 31 || f.msb() < f.lsb()) {
                throw new IllegalStateException(where + ": bit range [" + f.msb() + ":" + f.lsb() + "]");
            }
            if ((used & f.mask()) != 0) throw new IllegalStateException(where + " overlaps another field");
            used |= f.mask();
            String fn = rn + "_" + SvdGen.ident(f.name());
            String bits = f.msb() == f.lsb() ? "[" + f.lsb() + "]" : "[" + f.msb() + ":" + f.lsb() + "]";
            String fAccess = f.access().isEmpty() ? "" : " (" + f.access() + ")";
            String fdoc = bits + " " + f.name() + fAccess + ": " + SvdGen.doc(f.description());
            constant(fn + "_BITS", hex(Integer.toUnsignedLong(f.mask())), fdoc, "  ");
            constant(fn + "_LSB", Integer.toString(f.lsb()), null, "  ");
            int width = f.msb() - f.lsb() + 1;
            for (SvdGen.EnumValue v : f.values()) {
                if (width < 32 && (v.value() >>> width) != 0) {
                    throw new IllegalStateException(where + "." + v.name() + " does not fit the field");
                }
                long value = Integer.toUnsignedLong(v.value());
                String literal = value < 10 ? Long.toString(value) : "0x" + Long.toHexString(value);
                String vdoc = v.description().isEmpty() ? null : SvdGen.doc(v.description());
                constant(fn + "_VALUE_" + SvdGen.ident(v.name()), literal, vdoc, "    ");
            }
        }
    }

    /** Addresses and masks as eight hex digits, the way the datasheet prints them. */
    private static String hex(long value) {
        return String.format("0x%08x", value);
    }

    /** One constant; {@code indent} nests fields under registers and values under fields for the eye. */
    private void constant(String name, String literal, String doc, String indent) {
        if (!name.matches("[A-Z_][A-Z0-9_]*")) throw new IllegalStateException(p.name() + ": bad name " + name);
        if (constants.put(name, literal) != null) {
            throw new IllegalStateException(p.name() + ": two constants named " + name
                    + "; the naming scheme needs a generator change for this SVD");
        }
        if (doc != null) body.append("    ").append(indent).append("/** ").append(doc).append(" */\n");
        body.append("    ").append(indent).append("public static final int ").append(name)
                .append(" = ").append(literal).append(";\n");
    }
}

/**
 * Our fixes to the vendor SVD, applied to the parsed model (never to the file). One directive per
 * line, '#' starts a comment:
 *
 *   add-enum PERIPHERAL.REGISTER.FIELD NAME VALUE
 *       add an enumerated value the datasheet gives but the SVD omits.
 *
 * Every directive must hit: a missing target, or a name or value already present (the vendor fixed
 * it), fails the build, so the patch never drifts silently away from the SVD it patches.
 */
final class SvdPatch {
    static int apply(Map<String, SvdGen.Peripheral> peripherals, List<String> lines, String file) {
        int applied = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").trim();
            if (line.isEmpty()) continue;
            String at = file + ":" + (i + 1) + ": ";
            String[] w = line.split("\\s+");
            if (!w[0].equals("add-enum") || w.length != 4) {
                throw new IllegalStateException(at + "expected 'add-enum PERIPHERAL.REGISTER.FIELD NAME VALUE'");
            }
            SvdGen.Field f = find(peripherals, w[1], at);
            int value = (int) SvdGen.number(w[3]);
            for (SvdGen.EnumValue v : f.values()) {
                if (v.name().equalsIgnoreCase(w[2]) || v.value() == value) {
                    throw new IllegalStateException(at + w[1] + " already has " + v.name() + " = " + v.value());
                }
            }
            f.values().add(new SvdGen.EnumValue(w[2], value, "Added by " + file + " from the datasheet."));
            applied++;
        }
        return applied;
    }

    private static SvdGen.Field find(Map<String, SvdGen.Peripheral> peripherals, String target, String at) {
        String[] path = target.split("\\.");
        if (path.length != 3) throw new IllegalStateException(at + "target must be PERIPHERAL.REGISTER.FIELD");
        SvdGen.Peripheral p = peripherals.get(path[0]);
        if (p == null) throw new IllegalStateException(at + "no peripheral " + path[0]);
        if (p.derivedFrom() != null) {
            throw new IllegalStateException(at + path[0] + " is derived: patch " + p.derivedFrom() + " instead");
        }
        for (SvdGen.Register r : p.registers()) {
            if (!r.name().equals(path[1])) continue;
            for (SvdGen.Field f : r.fields()) {
                if (f.name().equals(path[2])) return f;
            }
        }
        throw new IllegalStateException(at + "no field " + target);
    }
}
