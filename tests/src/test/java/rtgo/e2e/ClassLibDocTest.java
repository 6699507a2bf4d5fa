package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * docs/classlib.md, the table of every JDK class and member the device supports, is generated
 * from the runtime's substitutes (runtime/target/classes/rtgo/runtime/classlib: a class
 * {@code T<Name>} in {@code classlib/<pkg>} stands for {@code <pkg>.<Name>}, docs/abi.md "Class
 * library substitution"). This test regenerates it and fails when the committed file differs;
 * {@code -Drtgo.regenerate=true} writes it instead.
 */
class ClassLibDocTest {
    private static final String PREFIX = "rtgo/runtime/classlib/";

    @Test
    void classLibraryTableIsCurrent() throws IOException {
        String text = generate(Project.repoRoot().resolve("runtime/target/classes"));
        Path doc = Project.repoRoot().resolve("docs/classlib.md");
        if (Boolean.getBoolean("rtgo.regenerate")) {
            Files.writeString(doc, text);
        }
        String committed = Files.exists(doc) ? Files.readString(doc) : "";
        assertEquals(committed, text, "docs/classlib.md is out of date: regenerate it with\n  "
                + Project.retryCommand("ClassLibDocTest", "-Drtgo.regenerate=true"));
    }

    static String generate(Path classes) throws IOException {
        Map<String, ClassNode> byJdkName = new TreeMap<>();
        Path root = classes.resolve(PREFIX);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                ClassNode cn = new ClassNode();
                try (InputStream in = Files.newInputStream(p)) {
                    new ClassReader(in).accept(cn, ClassReader.SKIP_CODE);
                }
                String jdk = jdkName(cn.name);
                if (jdk != null && (cn.access & Opcodes.ACC_PUBLIC) != 0 && !cn.name.contains("$$")) {
                    byJdkName.put(jdk, cn);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# The Java class library on the device\n\n")
           .append("Generated from the runtime's substitutes by `ClassLibDocTest` (tests module); do not edit.\n")
           .append("Regenerate: `mvn -pl tests test -Dtest=ClassLibDocTest -Drtgo.regenerate=true`.\n\n")
           .append("Every JDK class below is replaced at build time by a class of `runtime/` (docs/abi.md,\n")
           .append("\"Class library substitution\"); a JDK member not listed is a build error that names the\n")
           .append("use site. Behaviour, output and exception messages follow JDK 25 (HotSpot is the oracle).\n\n")
           .append("## Not on the device\n\n")
           .append("These are build errors with a hint at what to use instead: reflection beyond `Class.getName`/\n")
           .append("`getSimpleName`, `Class.forName` and class loading, method handles, serialization, JNI and\n")
           .append("native methods, finalizers, files (`java.io.File*`, `java.nio.file`), networking (`java.net`),\n")
           .append("time zones (`java.time.Zone*`, `TimeZone`) and regular expressions (`java.util.regex`,\n")
           .append("`String.matches/replaceAll/replaceFirst`; `String.split` works on one literal character).\n\n")
           .append("## Classes (").append(byJdkName.size()).append(")\n");
        for (Map.Entry<String, ClassNode> e : byJdkName.entrySet()) {
            ClassNode cn = e.getValue();
            boolean iface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
            boolean whole = iface || cn.methods.stream().anyMatch(m -> m.name.equals("<init>")
                    && (m.access & Opcodes.ACC_PRIVATE) == 0);
            out.append("\n### ").append(e.getKey()).append("\n")
               .append(iface ? "interface" : whole ? "class" : "static members and instance methods")
               .append("\n\n");
            List<String> members = new ArrayList<>();
            for (MethodNode m : cn.methods) {
                if ((m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0 || (m.access & Opcodes.ACC_SYNTHETIC) != 0
                        || m.name.equals("<clinit>")) {
                    continue;
                }
                members.add(signature(e.getKey(), cn, m, whole));
            }
            members.stream().distinct().sorted().forEach(s -> out.append("- `").append(s).append("`\n"));
        }
        return out.toString();
    }

    /** The JDK class a substitute stands for ("java.util.HashMap", "java.util.Map.Entry"), or null. */
    private static String jdkName(String internal) {
        if (!internal.startsWith(PREFIX)) {
            return null;
        }
        String rest = internal.substring(PREFIX.length());
        int slash = rest.lastIndexOf('/');
        String simple = rest.substring(slash + 1);
        if (!simple.startsWith("T")) {
            return null;
        }
        String name = simple.substring(1).replace('$', '.'); // TMap$Entry is java.util.Map.Entry
        return rest.substring(0, slash + 1).replace('/', '.') + name;
    }

    private static String signature(String jdk, ClassNode cn, MethodNode m, boolean whole) {
        Type t = Type.getMethodType(m.desc);
        Type[] args = t.getArgumentTypes();
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        int from = 0;
        String prefix = isStatic ? "static " : "";
        if (!whole && isStatic && args.length > 0 && javaName(args[0]).equals(simple(jdk))) {
            from = 1; // a static substitute's instance method: the receiver comes first
            prefix = "";
        }
        StringBuilder sb = new StringBuilder(prefix);
        if (m.name.equals("<init>")) {
            sb.append("new ").append(simple(jdk));
        } else {
            sb.append(javaName(t.getReturnType())).append(' ').append(m.name);
        }
        sb.append('(');
        for (int i = from; i < args.length; i++) {
            sb.append(i > from ? ", " : "").append(javaName(args[i]));
        }
        return sb.append(')').toString();
    }

    private static String simple(String jdk) {
        return jdk.substring(jdk.lastIndexOf('.') + 1);
    }

    /** A type as Java source names it, the substitutes read as their JDK classes. */
    private static String javaName(Type t) {
        if (t.getSort() == Type.ARRAY) {
            return javaName(t.getElementType()) + "[]".repeat(t.getDimensions());
        }
        if (t.getSort() != Type.OBJECT) {
            return t.getClassName();
        }
        String jdk = jdkName(t.getInternalName());
        String name = jdk != null ? jdk : t.getClassName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
