package rtgo.frontend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import rtgo.ir.Elem;
import rtgo.sym.ClassInfo;
import rtgo.sym.Symbols;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/**
 * The program's classes as the closed world sees them: instance layouts, which classes are
 * instantiated, which virtual methods are called, and — once the world is complete — class ids
 * and virtual-method tables (docs/abi.md, "Objects").
 *
 * <p>Reachability is rapid type analysis: an implementation of a virtually called method is
 * translated only for classes that are instantiated somewhere reachable. Calling a method
 * virtually requires its implementations in the instantiated subclasses known so far; instantiating
 * a class requires its implementations of the virtual methods called so far. Whether a call site
 * has one target (and becomes a direct call) is decided after the worklist is empty, in lowering.
 */
final class Classes {
    /** An instance field: its declaring class, kind and byte offset. */
    record FieldSlot(String owner, String name, Elem elem, int offset) {
        String symbol() {
            return SymbolNames.INSTANCE_FIELD_PREFIX + owner.replace('/', '.') + "." + name;
        }
    }

    private record Layout(int size, int refMap, Map<String, FieldSlot> declared) {}

    /** A virtual method as call sites resolve it: the declaring class and the signature. */
    private record Virtual(String owner, String name, String desc, boolean isPrivate) {}

    /** An interface method as invokeinterface resolves it: the declaring interface and the signature. */
    private record IfaceMethod(String owner, String name, String desc) {}

    /** java.lang.Object's overridable methods, in their fixed virtual-table slots 0, 1, 2 (docs/abi.md). */
    static final List<String> OBJECT_METHODS = List.of("toString()Ljava/lang/String;", "hashCode()I",
            "equals(Ljava/lang/Object;)Z");
    static final String OBJECT = "java/lang/Object";
    private static final String OBJECT_SUBSTITUTE = "rtgo/runtime/classlib/java/lang/TObject";
    private static final String STRING_SUBSTITUTE = "rtgo/runtime/classlib/java/lang/TString";

    private final Program program;
    private final Map<String, Layout> layouts = new HashMap<>();
    private final Set<String> instantiated = new LinkedHashSet<>();
    /** Classes whose descriptor code refers to (casts, instanceof, array elements). */
    private final Set<String> described = new LinkedHashSet<>();
    private final Map<String, Virtual> virtuals = new LinkedHashMap<>();
    private final Map<String, IfaceMethod> ifaceMethods = new LinkedHashMap<>();
    private final Set<String> describedInterfaces = new LinkedHashSet<>();
    private final Map<String, Integer> colours = new HashMap<>();
    private List<ClassInfo> infos;
    private final Map<String, List<String>> implementations = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();

    Classes(Program program) {
        this.program = program;
    }

    /** Whether {@code name} is a class of the program (not the JDK, not an interface). */
    boolean isProgramClass(String name) {
        if (Resolver.isJdk(name)) {
            return false;
        }
        ClassNode cn = program.classPath.find(name);
        return cn != null && (cn.access & Opcodes.ACC_INTERFACE) == 0;
    }

    /**
     * The class the program's code means by {@code name}: itself, or for a JDK class with a
     * whole-class substitute in the runtime (a class with a non-private constructor, such as
     * {@code TStringBuilder}), the substitute (docs/abi.md, "Class library substitution").
     */
    String mapped(String name) {
        if (!Resolver.isJdk(name)) {
            return name;
        }
        String sub = wholeClassSubstitutes.computeIfAbsent(name, n -> {
            ClassNode cn = program.classPath.find(Resolver.substituteName(n));
            if (cn == null) {
                return "";
            }
            if ((cn.access & Opcodes.ACC_INTERFACE) != 0) {
                return cn.name; // a JDK interface the runtime declares (AutoCloseable): the substitute
            }
            for (MethodNode m : cn.methods) {
                if (m.name.equals("<init>") && (m.access & Opcodes.ACC_PRIVATE) == 0) {
                    return cn.name;
                }
            }
            return "";
        });
        return sub.isEmpty() ? name : sub;
    }

    private final Map<String, String> wholeClassSubstitutes = new HashMap<>();
    private static final java.util.regex.Pattern CLASS_IN_DESC = java.util.regex.Pattern.compile("L([^;]+);");

    /** {@code desc} with every JDK class that has a whole-class substitute replaced by it. */
    String mappedDesc(String desc) {
        java.util.regex.Matcher m = CLASS_IN_DESC.matcher(desc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("L" + mapped(m.group(1)) + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether {@code name} is an interface of the program. */
    boolean isProgramInterface(String name) {
        if (Resolver.isJdk(name)) {
            return false;
        }
        ClassNode cn = program.classPath.find(name);
        return cn != null && (cn.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /**
     * The superclass of the program or runtime class {@code name}, as the program means it: a JDK
     * superclass with a whole-class substitute (an exception class) is that substitute.
     */
    String superOf(String name) {
        String sup = node(name).superName;
        return sup == null ? null : mapped(sup);
    }

    ClassNode node(String name) {
        ClassNode cn = program.classPath.find(name);
        if (cn == null) {
            throw new Unsupported("the class " + Symbols.dotted(name) + " (not found in the program)",
                    "rebuild the classes together so the class exists");
        }
        return cn;
    }

    // ---- layouts ---------------------------------------------------------------------------------

    private Layout layout(String name) {
        if (name == null || name.equals("java/lang/Object")) {
            return new Layout(ObjectLayout.FIELDS, 0, Map.of());
        }
        Layout known = layouts.get(name);
        if (known != null) {
            return known;
        }
        if (Resolver.isJdk(name)) {
            throw new Unsupported("extending the JDK class " + Symbols.dotted(name),
                    "extend Object or a class of your own; JDK superclasses arrive with the class library");
        }
        ClassNode cn = node(name);
        Layout sup = layout(superOf(name));
        List<FieldNode> fields = new ArrayList<>();
        for (FieldNode fn : cn.fields) {
            if ((fn.access & Opcodes.ACC_STATIC) == 0) {
                Diagnostics.irType(fn.desc, "fields");
                fields.add(fn);
            }
        }
        // references first (they must sit in words 1..31, see the reference map), then largest
        // first, so fields of one class pack without holes; a stable sort keeps source order
        fields.sort(Comparator.comparingInt((FieldNode fn) -> Elem.ofDescriptor(fn.desc) == Elem.R ? 0 : 1)
                .thenComparingInt(fn -> -Elem.ofDescriptor(fn.desc).size()));
        int at = sup.size();
        int refMap = sup.refMap();
        Map<String, FieldSlot> declared = new LinkedHashMap<>();
        for (FieldNode fn : fields) {
            Elem e = Elem.ofDescriptor(fn.desc);
            at = (at + e.size() - 1) & -e.size();
            if (e == Elem.R) {
                if (at / 4 >= 32) {
                    throw new Unsupported("a reference field beyond the 31st word of an object (" + Symbols.dotted(name)
                            + "." + fn.name + ")", "group large objects' data in arrays");
                }
                refMap |= 1 << (at / 4);
            }
            declared.put(fn.name, new FieldSlot(name, fn.name, e, at));
            at += e.size();
        }
        Layout l = new Layout((at + 3) & -4, refMap, declared);
        layouts.put(name, l);
        return l;
    }

    /** The instance field {@code name} as {@code getfield/putfield owner.name} resolves it. */
    FieldSlot field(String owner, String name) {
        for (String c = owner; c != null && !Resolver.isJdk(c); c = superOf(c)) {
            FieldSlot s = layout(c).declared().get(name);
            if (s != null) {
                return s;
            }
        }
        throw new Unsupported("the field " + Symbols.dotted(owner) + "." + name + " (not found in the program)",
                "rebuild the classes together so the field exists");
    }

    // ---- reachability ----------------------------------------------------------------------------

    /** {@code new name}: the class becomes instantiated; its implementations of called methods are needed. */
    void instantiate(String name) {
        ClassNode cn = node(name);
        if (declared(cn, "finalize", "()V") != null && !Resolver.isJdk(name)) {
            throw new Unsupported("a finalizer (" + Symbols.dotted(name) + ".finalize)", "finalizers never run on the"
                    + " device (the JDK deprecated them for removal): release resources explicitly, e.g. with"
                    + " try-with-resources and AutoCloseable");
        }
        if ((cn.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
            throw new IllegalStateException("new of the abstract class " + name + " passed the bytecode verifier");
        }
        layout(name);
        if (instantiated.add(name)) {
            for (Virtual v : List.copyOf(virtuals.values())) {
                if (!v.isPrivate() && isSubclass(name, v.owner())) {
                    requireImplementation(name, v.name(), v.desc());
                }
            }
            Set<String> ifaces = interfacesOf(name);
            for (IfaceMethod im : List.copyOf(ifaceMethods.values())) {
                if (ifaces.contains(im.owner())) {
                    requireImplementation(name, im.name(), im.desc());
                }
            }
        }
    }

    /** A class or interface whose descriptor generated code refers to (a cast, an instanceof, an array's elements). */
    void describe(String name) {
        if (isProgramInterface(name)) {
            describedInterfaces.add(name);
            return;
        }
        layout(name);
        described.add(name);
    }

    /**
     * {@code invokeinterface owner.name desc}: resolves the method in the interface or its
     * superinterfaces, records the call and requires the implementations of the instantiated
     * classes that implement it; returns the resolved method's symbol.
     */
    String interfaceCall(String owner, String name, String desc) {
        String declaring = declaringInterface(owner, name, desc);
        if (declaring == null && OBJECT_METHODS.contains(name + desc)) {
            return objectCall(name, desc);
        }
        if (declaring == null) {
            throw new Unsupported("calling " + Symbols.dotted(owner) + "." + name + desc
                    + ", which the interface inherits from java.lang.Object",
                    "declare the method in the interface; Object's own methods arrive with the class library");
        }
        String sym = Symbols.method(declaring, name, desc);
        if (ifaceMethods.putIfAbsent(sym, new IfaceMethod(declaring, name, desc)) == null) {
            for (String x : List.copyOf(instantiated)) {
                if (interfacesOf(x).contains(declaring)) {
                    requireImplementation(x, name, desc);
                }
            }
        }
        describedInterfaces.add(declaring);
        return sym;
    }

    /**
     * Records a call of the overridable method {@code sym}, resolved in {@code owner}; the first
     * time, requires its implementations in the instantiated classes that are {@code owner} or below.
     */
    private String recordVirtual(String sym, String owner, String name, String desc) {
        if (virtuals.putIfAbsent(sym, new Virtual(owner, name, desc, false)) == null) {
            for (String x : List.copyOf(instantiated)) {
                if (isSubclass(x, owner)) {
                    requireImplementation(x, name, desc);
                }
            }
        }
        return sym;
    }

    /**
     * A call of one of Object's overridable methods through a receiver whose class may be any
     * instantiated class, a String or an array: always dispatched through the fixed Object slot.
     */
    String objectCall(String name, String desc) {
        String sym = Symbols.method(OBJECT, name, desc);
        if (!virtuals.containsKey(sym)) {
            recordVirtual(sym, OBJECT, name, desc);
            substitute(STRING_SUBSTITUTE, name, "(Ljava/lang/String;" + desc.substring(1), true);
            substitute(OBJECT_SUBSTITUTE, name, "(Ljava/lang/Object;" + desc.substring(1), true);
        }
        return sym;
    }

    /** The runtime substitute's static method taking the receiver first; with {@code require}, queued. */
    private String substitute(String cls, String name, String staticDesc, boolean require) {
        ClassNode cn = node(cls);
        for (MethodNode m : cn.methods) {
            if (m.name.equals(name) && m.desc.equals(staticDesc) && (m.access & Opcodes.ACC_STATIC) != 0) {
                return require ? program.require(cn, m) : Symbols.method(cls, name, staticDesc);
            }
        }
        throw new IllegalStateException("the runtime has no " + cls + "." + name + staticDesc);
    }

    /** toString, hashCode and equals of Strings (string) or arrays, for their descriptors' Object slots; null where not compiled. */
    List<String> objectMethods(boolean string) {
        List<String> out = new ArrayList<>();
        for (String sig : OBJECT_METHODS) {
            int paren = sig.indexOf('(');
            String name = sig.substring(0, paren);
            String desc = sig.substring(paren);
            String self = string ? "Ljava/lang/String;" : "Ljava/lang/Object;";
            String sym = substitute(string ? STRING_SUBSTITUTE : OBJECT_SUBSTITUTE, name, "(" + self + desc.substring(1), false);
            out.add(program.isQueued(sym) ? sym : null);
        }
        return out;
    }

    private String declaringInterface(String iface, String name, String desc) {
        MethodNode m = declared(node(iface), name, desc);
        if (m != null && (m.access & Opcodes.ACC_PRIVATE) == 0) {
            return iface;
        }
        for (String sup : node(iface).interfaces) {
            String s = mapped(sup);
            if (!Resolver.isJdk(s)) {
                String d = declaringInterface(s, name, desc);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Every program interface {@code cls} implements: its own, its superclasses', and their superinterfaces. */
    Set<String> interfacesOf(String cls) {
        return interfaces.computeIfAbsent(cls, this::collectInterfaces);
    }

    /** interfacesOf, per class: the class graph does not change, and finish asks for every pair. */
    private final Map<String, Set<String>> interfaces = new HashMap<>();

    private Set<String> collectInterfaces(String cls) {
        Set<String> out = new LinkedHashSet<>();
        for (String c = cls; c != null && !Resolver.isJdk(c); c = superOf(c)) {
            for (String i : node(c).interfaces) {
                addInterface(mapped(i), out);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private void addInterface(String i, Set<String> out) {
        if (Resolver.isJdk(i) || !out.add(i)) {
            return;
        }
        for (String s : node(i).interfaces) {
            addInterface(mapped(s), out);
        }
    }

    /**
     * {@code invokevirtual owner.name desc}: resolves the method (JVMS 5.4.3.3, classes only), records
     * the call and requires the implementations known so far; returns the resolved method's symbol.
     */
    String virtualCall(String owner, String name, String desc) {
        for (String c = owner; c != null && !Resolver.isJdk(c); c = superOf(c)) {
            MethodNode m = declared(node(c), name, desc);
            if (m != null) {
                String sym = Symbols.method(c, name, m.desc);
                if ((m.access & Opcodes.ACC_PRIVATE) == 0) {
                    return recordVirtual(sym, c, name, desc);
                }
                if (virtuals.putIfAbsent(sym, new Virtual(c, name, desc, true)) == null) {
                    program.require(node(c), m); // not overridden: the one target
                }
                return sym;
            }
        }
        for (String i : interfacesOf(owner)) {
            MethodNode m = declared(node(i), name, desc);
            if (m != null && (m.access & Opcodes.ACC_PRIVATE) == 0) {
                // a method the class inherits from an interface (abstract, or a default): a
                // virtual family of its own, implemented by the instantiated subclasses
                return recordVirtual(Symbols.method(owner, name, desc), owner, name, desc);
            }
        }
        if (OBJECT_METHODS.contains(name + desc)) {
            return objectCall(name, desc);
        }
        if (owner.startsWith(Resolver.SUBSTITUTE_PREFIX)) {
            throw Resolver.jdkMissing(Symbols.jdkName(owner), name, desc.replace(owner, Symbols.jdkName(owner)));
        }
        String declaring = jdkDeclaring(owner, name, desc);
        if (declaring != null) {
            // inherited from a JDK superclass whose substitute lacks it (Throwable.getStackTrace)
            throw Resolver.jdkMissing(declaring, name, desc);
        }
        throw new Unsupported("calling " + Symbols.dotted(owner) + "." + name + desc
                        + ", which the class inherits from " + "java.lang.Object",
                "override " + name + " in your class; Object's own methods arrive with the class library");
    }

    /**
     * The JDK class (internal name) that declares {@code name desc} among the JDK classes of
     * {@code owner}'s superclass chain, looked up in the JDK the compiler runs on; null when none
     * does or the JDK cannot say. Only for the message of a method the class library lacks.
     */
    private String jdkDeclaring(String owner, String name, String desc) {
        for (String c = owner; c != null; c = Resolver.isJdk(c) ? null : superOf(c)) {
            String jdk = Symbols.jdkName(c);
            if (!Resolver.isJdk(jdk) || jdk.equals("java/lang/Object")) {
                continue;
            }
            try {
                for (Class<?> k = Class.forName(jdk.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
                        k != null && k != Object.class; k = k.getSuperclass()) {
                    for (java.lang.reflect.Method m : k.getDeclaredMethods()) {
                        if (m.getName().equals(name) && org.objectweb.asm.Type.getMethodDescriptor(m).equals(desc)) {
                            return k.getName().replace('.', '/');
                        }
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }
        return null;
    }

    private void requireImplementation(String cls, String name, String desc) {
        String impl = implementation(cls, name, desc, true);
        if (impl == null) {
            throw new IllegalStateException("the instantiated class " + cls + " has no implementation of "
                    + name + desc + ", which the bytecode verifier allows only for abstract classes");
        }
    }

    /**
     * The method {@code cls} runs for a virtual call of {@code name desc}: its own or the nearest
     * superclass's non-private, non-static declaration; null when that is abstract. With
     * {@code require}, queues it for translation.
     */
    private String implementation(String cls, String name, String desc, boolean require) {
        for (String c = cls; c != null && !Resolver.isJdk(c); c = superOf(c)) {
            ClassNode cn = node(c);
            MethodNode m = declared(cn, name, desc);
            if (m != null && (m.access & Opcodes.ACC_PRIVATE) == 0) {
                if ((m.access & Opcodes.ACC_ABSTRACT) != 0) {
                    return null;
                }
                return require ? program.require(cn, m) : Symbols.method(c, name, m.desc);
            }
        }
        // no class declares it: the most specific default method among the interfaces
        ClassNode best = null;
        MethodNode bestMethod = null;
        for (String i : interfacesOf(cls)) {
            MethodNode m = declared(node(i), name, desc);
            if (m != null && (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_ABSTRACT)) == 0
                    && (best == null || interfaceExtends(i, best.name))) {
                best = node(i);
                bestMethod = m;
            }
        }
        if (best == null) {
            if (OBJECT_METHODS.contains(name + desc)) {
                return substitute(OBJECT_SUBSTITUTE, name, "(Ljava/lang/Object;" + desc.substring(1), require);
            }
            return null;
        }
        return require ? program.require(best, bestMethod) : Symbols.method(best.name, name, bestMethod.desc);
    }

    private boolean interfaceExtends(String sub, String sup) {
        Set<String> all = new LinkedHashSet<>();
        addInterface(sub, all);
        return all.contains(sup) && !sub.equals(sup);
    }

    /**
     * {@code invokespecial owner.name desc} (constructors, private methods, {@code super.m()},
     * {@code I.super.m()}): the instance method the owner or its nearest superclass declares.
     */
    Resolver.MethodTarget special(String owner, String name, String desc) {
        for (String c = owner; c != null && !Resolver.isJdk(c); c = superOf(c)) {
            MethodNode m = declared(node(c), name, desc);
            if (m != null) {
                return new Resolver.MethodTarget(node(c), m);
            }
        }
        throw new Unsupported("calling " + Symbols.dotted(owner) + "." + name + desc + " (not found in the program)",
                "rebuild the classes together so the method exists");
    }

    /** The instance (non-static) method {@code name desc} that {@code cn} itself declares, or null. */
    static MethodNode declared(ClassNode cn, String name, String desc) {
        String jdk = jdkDesc(desc);
        for (MethodNode m : cn.methods) {
            if (m.name.equals(name) && (m.desc.equals(desc) || jdkDesc(m.desc).equals(jdk))
                    && (m.access & Opcodes.ACC_STATIC) == 0) {
                return m;
            }
        }
        return null;
    }

    /**
     * {@code desc} with whole-class substitutes named as the JDK classes they stand for: a program
     * class's method {@code initCause(Ljava/lang/Throwable;)} and the substitute's
     * {@code initCause(L.../TThrowable;)} are the same method.
     */
    static String jdkDesc(String desc) {
        if (!desc.contains(Resolver.SUBSTITUTE_PREFIX)) {
            return desc;
        }
        java.util.regex.Matcher m = CLASS_IN_DESC.matcher(desc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("L" + Symbols.jdkName(m.group(1)) + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    boolean isSubclass(String x, String c) {
        if (c.equals(OBJECT)) {
            return true;
        }
        for (String k = x; k != null && !Resolver.isJdk(k); k = superOf(k)) {
            if (k.equals(c)) {
                return true;
            }
        }
        return false;
    }

    // ---- the closed world ------------------------------------------------------------------------

    /** Numbers the classes, lays out the virtual tables and decides the calls' targets. */
    void finish() {
        Set<String> all = new LinkedHashSet<>();
        for (String c : instantiated) {
            addWithSupers(c, all);
        }
        for (String c : described) {
            addWithSupers(c, all);
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        for (String c : all) {
            String sup = superOf(c);
            if (sup == null || !all.contains(sup)) {
                roots.add(c);
            } else {
                children.computeIfAbsent(sup, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, int[]> ids = new HashMap<>();
        int[] next = {1};
        List<String> order = new ArrayList<>();
        for (String r : roots) {
            number(r, children, ids, next, order);
        }
        // families of virtual methods: rooted at the topmost class declaring the signature
        Map<String, List<String[]>> introduced = new HashMap<>();
        Set<String> families = new LinkedHashSet<>();
        for (Virtual v : virtuals.values()) {
            if (v.isPrivate()) {
                continue;
            }
            String root = rootOf(v);
            if (root.equals(OBJECT)) {
                continue; // fixed slots, below
            }
            if (families.add(root + "." + v.name() + v.desc())) {
                introduced.computeIfAbsent(root, k -> new ArrayList<>()).add(new String[] {v.name(), v.desc()});
            }
        }
        Map<String, List<String[]>> tables = new HashMap<>();
        Map<String, Integer> familySlot = new HashMap<>();
        List<String[]> objectTable = new ArrayList<>();
        for (String sig : OBJECT_METHODS) {
            int paren = sig.indexOf('(');
            familySlot.put(OBJECT + "." + sig, objectTable.size());
            objectTable.add(new String[] {sig.substring(0, paren), sig.substring(paren)});
        }
        infos = new ArrayList<>();
        for (String c : order) {
            String sup = superOf(c);
            List<String[]> table = new ArrayList<>(all.contains(sup) ? tables.get(sup) : objectTable);
            for (String[] sig : introduced.getOrDefault(c, List.of())) {
                familySlot.put(c + "." + sig[0] + sig[1], table.size());
                table.add(sig);
            }
            tables.put(c, table);
            List<String> vtable = new ArrayList<>();
            if (instantiated.contains(c)) {
                for (String[] sig : table) {
                    String impl = implementation(c, sig[0], sig[1], false);
                    vtable.add(impl != null && program.isQueued(impl) ? impl : null);
                }
            }
            Layout l = layout(c);
            int[] id = ids.get(c);
            infos.add(new ClassInfo(c, all.contains(sup) ? sup : null, l.size(), l.refMap(), id[0], id[1],
                    vtable, instantiated.contains(c), false, List.of(), List.of()));
        }
        // interface methods: a colour each, different for any two that one instantiated class implements
        List<String> methods = new ArrayList<>(ifaceMethods.keySet());
        Map<String, Set<String>> conflicts = new HashMap<>();
        for (String x : instantiated) {
            Set<String> ifaces = interfacesOf(x);
            List<String> mine = new ArrayList<>();
            for (String m : methods) {
                if (ifaces.contains(ifaceMethods.get(m).owner())) {
                    mine.add(m);
                }
            }
            for (String a : mine) {
                conflicts.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(mine);
            }
        }
        for (String m : methods) {
            Set<Integer> taken = new java.util.HashSet<>();
            for (String o : conflicts.getOrDefault(m, Set.of())) {
                if (!o.equals(m) && colours.containsKey(o)) {
                    taken.add(colours.get(o));
                }
            }
            int c = 0;
            while (taken.contains(c)) {
                c++;
            }
            colours.put(m, c);
        }
        for (Map.Entry<String, IfaceMethod> e : ifaceMethods.entrySet()) {
            IfaceMethod im = e.getValue();
            Set<String> impls = new LinkedHashSet<>();
            for (String x : instantiated) {
                if (interfacesOf(x).contains(im.owner())) {
                    impls.add(implementation(x, im.name(), im.desc(), false));
                }
            }
            implementations.put(e.getKey(), List.copyOf(impls));
        }
        for (int k = 0; k < infos.size(); k++) {
            ClassInfo ci = infos.get(k);
            List<String> itable = new ArrayList<>();
            if (ci.instantiated()) {
                Set<String> ifaces = interfacesOf(ci.name());
                for (String m : methods) {
                    IfaceMethod im = ifaceMethods.get(m);
                    if (ifaces.contains(im.owner())) {
                        int c = colours.get(m);
                        while (itable.size() <= c) {
                            itable.add(null);
                        }
                        String impl = implementation(ci.name(), im.name(), im.desc(), false);
                        itable.set(c, impl != null && program.isQueued(impl) ? impl : null);
                    }
                }
            }
            List<String> ifaces = new ArrayList<>(interfacesOf(ci.name()));
            describedInterfaces.addAll(ifaces);
            infos.set(k, new ClassInfo(ci.name(), ci.superName(), ci.size(), ci.refMap(), ci.id(), ci.lastId(),
                    ci.vtable(), ci.instantiated(), false, ifaces, itable));
        }
        Set<String> allInterfaces = new LinkedHashSet<>();
        for (String i : describedInterfaces) {
            allInterfaces.add(i);
            allInterfaces.addAll(interfacesOf(i));
        }
        for (String i : allInterfaces) {
            infos.add(new ClassInfo(i, null, 0, 0, 0, 0, List.of(), false, true, new ArrayList<>(interfacesOf(i)), List.of()));
        }
        for (Map.Entry<String, Virtual> e : virtuals.entrySet()) {
            Virtual v = e.getValue();
            Set<String> impls = new LinkedHashSet<>();
            if (v.isPrivate()) {
                impls.add(e.getKey());
            } else {
                for (String x : instantiated) {
                    if (isSubclass(x, v.owner())) {
                        impls.add(implementation(x, v.name(), v.desc(), false));
                    }
                }
                if (v.owner().equals(OBJECT)) {
                    impls.addAll(objectMethods(true));
                    impls.addAll(objectMethods(false));
                    impls.remove(null);
                }
                Integer slot = familySlot.get(rootOf(v) + "." + v.name() + v.desc());
                if (slot != null) {
                    slots.put(e.getKey(), slot);
                }
            }
            implementations.put(e.getKey(), List.copyOf(impls));
        }
    }

    /** The class whose virtual table introduces the call's slot: the topmost declaring class, or Object for its methods. */
    private String rootOf(Virtual v) {
        if (OBJECT_METHODS.contains(v.name() + v.desc())) {
            return OBJECT;
        }
        String root = v.owner();
        for (String c = v.owner(); c != null && !Resolver.isJdk(c); c = superOf(c)) {
            MethodNode m = declared(node(c), v.name(), v.desc());
            if (m != null && (m.access & Opcodes.ACC_PRIVATE) == 0) {
                root = c;
            }
        }
        return root;
    }

    private void addWithSupers(String c, Set<String> all) {
        for (String k = c; k != null && !Resolver.isJdk(k); k = superOf(k)) {
            all.add(k);
        }
    }

    private static void number(String c, Map<String, List<String>> children, Map<String, int[]> ids, int[] next,
                               List<String> order) {
        int[] id = {next[0]++, 0};
        ids.put(c, id);
        order.add(c);
        for (String k : children.getOrDefault(c, List.of())) {
            number(k, children, ids, next, order);
        }
        id[1] = next[0] - 1;
    }

    List<ClassInfo> infos() {
        return infos;
    }

    /**
     * The implementations a virtual or interface call of {@code method} may run when its receiver's
     * static class is {@code receiver} (a program or runtime class the front end knew the value to
     * have): those of the instantiated subclasses of it; null when the receiver says nothing more.
     */
    List<String> implementationsFor(String method, String receiver) {
        String name;
        String desc;
        Virtual v = virtuals.get(method);
        IfaceMethod im = ifaceMethods.get(method);
        if (v != null && !v.isPrivate() && !v.owner().equals(OBJECT)) {
            name = v.name();
            desc = v.desc();
        } else if (im != null) {
            name = im.name();
            desc = im.desc();
        } else {
            return null;
        }
        if (receiver == null || !isProgramClass(receiver)) {
            return null;
        }
        Set<String> impls = new LinkedHashSet<>();
        for (String x : instantiated) {
            if (isSubclass(x, receiver)) {
                impls.add(implementation(x, name, desc, false));
            }
        }
        impls.remove(null);
        return List.copyOf(impls);
    }

    /** Whether every value of static type {@code sub} is an instance of {@code sup} (classes, interfaces, arrays). */
    boolean isSubtype(String sub, String sup) {
        if (sub.equals(sup) || sup.equals(OBJECT)) {
            return true;
        }
        if (!isProgramClass(sub)) {
            return false;
        }
        return isSubclass(sub, sup) || interfacesOf(sub).contains(sup);
    }

    List<String> implementations(String method) {
        List<String> l = implementations.get(method);
        if (l == null && ifaceMethods.containsKey(method)) {
            l = List.of();
        }
        if (l == null) {
            throw new IllegalStateException("no virtual call of " + method + " was recorded");
        }
        return l;
    }

    int itableSlot(String method) {
        Integer c = colours.get(method);
        if (c == null) {
            throw new IllegalStateException("no interface-table colour for " + method);
        }
        return c;
    }

    int vtableSlot(String method) {
        Integer s = slots.get(method);
        if (s == null) {
            throw new IllegalStateException("no virtual-table slot for " + method);
        }
        return s;
    }
}
