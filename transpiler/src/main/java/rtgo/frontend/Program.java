package rtgo.frontend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.sym.ClassInfo;
import rtgo.sym.ClassInit;
import rtgo.sym.ProgramSymbols;
import rtgo.sym.RuntimeSymbols;
import rtgo.sym.StaticField;
import rtgo.sym.Symbols;
import rtgo.ir.Pass;
import rtgo.ir.Unit;

/**
 * The closed world of one build: everything reachable from the runtime's start-up and the
 * program's {@code main}. A worklist translates each reachable method once; translating a method
 * adds what it calls, the static fields it touches, the classes it must initialise and the array
 * types it creates.
 *
 * <p>Each method is translated by running the front-end passes given to the constructor on a
 * {@link Unit} that holds the method's {@link MethodSource}. They leave the method's IR in
 * {@link Unit#f}, without unreachable blocks, and record here (through the MethodSource's program)
 * what the translated code calls and touches; code that no path reaches is never translated, so it
 * makes nothing reachable.
 */
public final class Program implements ProgramSymbols {
    /** Classes whose {@code @Export} methods are always compiled: start-up and fault handlers. */
    static final List<String> ROOT_CLASSES = List.of("rtgo/runtime/Start", "rtgo/runtime/Fault", "rtgo/runtime/Throw", "rtgo/runtime/Gc");
    static final String EXPORT_DESC = "Lrtgo/vm/Export;";

    final ClassPath classPath;
    final String mainClass;
    private final Deque<MethodNode> work = new ArrayDeque<>();
    private final Map<MethodNode, ClassNode> ownerOf = new LinkedHashMap<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final List<Func> funcs = new ArrayList<>();
    private final Map<String, StaticField> fields = new LinkedHashMap<>();
    private final Map<String, ClassInit> inits = new LinkedHashMap<>();
    private final Set<String> types = new LinkedHashSet<>();
    private final Map<String, String> exports = new LinkedHashMap<>();
    private final Map<String, String> interrupts = new LinkedHashMap<>();
    private final Map<String, String> cStrings = new LinkedHashMap<>();
    final Resolver resolver;
    final Classes classes = new Classes(this);
    final Lambdas lambdas = new Lambdas(this);
    final RecordMethods recordMethods = new RecordMethods(this);
    final SwitchSites switchSites = new SwitchSites(this);
    private final Pass frontend;

    /** A program whose methods {@code frontend} (the front-end passes, in order) translates. */
    public Program(ClassPath classPath, String mainClass, Pass frontend) {
        this.classPath = classPath;
        this.mainClass = mainClass;
        this.resolver = new Resolver(this);
        this.frontend = frontend;
    }

    /** Translates everything reachable; throws {@link Unsupported} at the first unsupported construct. */
    public void build() {
        List<String> roots = new ArrayList<>(ROOT_CLASSES);
        roots.addAll(classPath.inputClasses());
        for (String c : roots) {
            ClassNode cn = classPath.find(c);
            if (cn == null) {
                throw new IllegalStateException("runtime class " + c + " is missing from the transpiler's class path");
            }
            for (MethodNode m : cn.methods) {
                String irq = Interrupts.handlerOf(cn, m);
                if (irq != null) {
                    interrupts.put(Symbols.method(cn.name, m.name, m.desc), irq);
                    require(cn, m);
                }
                String export = exportName(m);
                if (export != null) {
                    if ((m.access & Opcodes.ACC_STATIC) == 0) {
                        throw new Unsupported("@Export on an instance method", "make the method static")
                                .at(cn.name, m.name, cn.sourceFile, 0);
                    }
                    exports.put(Symbols.method(cn.name, m.name, m.desc), export);
                    require(cn, m);
                }
            }
        }
        List<String[]> entries = new ArrayList<>(RuntimeSymbols.ALL);
        entries.addAll(RuntimeSymbols.ON_DEMAND);
        for (String[] entry : entries) {
            Resolver.MethodTarget t = resolver.staticMethod(entry[0], entry[1], entry[2]);
            if (needsInit(t.owner().name)) {
                throw new IllegalStateException("runtime entry point " + entry[0] + "." + entry[1]
                        + " is in a class with a static initialiser; lowered code cannot initialise it");
            }
            if (RuntimeSymbols.ALL.contains(entry)) {
                require(t.owner(), t.method());
            }
        }
        types.add("java/lang/String");
        types.add("[I");
        while (!work.isEmpty()) {
            MethodNode m = work.poll();
            Unit u = new Unit();
            u.put(MethodSource.class, new MethodSource(this, ownerOf.get(m), m));
            frontend.run(u);
            if (u.f == null) {
                throw new IllegalStateException("the front-end passes made no IR for " + m.name);
            }
            funcs.add(u.f);
        }
        classes.finish();
    }

    /** Whether the method {@code sym} is queued for translation (it will have code). */
    boolean isQueued(String sym) {
        return queued.contains(sym);
    }

    @Override
    public boolean hasMethod(String symbol) {
        return isQueued(symbol);
    }

    @Override
    public List<ClassInfo> classes() {
        return classes.infos();
    }

    @Override
    public List<String> implementations(String method) {
        return classes.implementations(method);
    }

    @Override
    public List<String> implementationsFor(String method, String receiverClass) {
        return classes.implementationsFor(method, receiverClass);
    }

    @Override
    public boolean isSubtype(String sub, String sup) {
        return classes.isSubtype(sub, sup);
    }

    @Override
    public boolean isExactType(String type) {
        if (type.equals("java/lang/String")) {
            return true; // every String has the one String descriptor (docs/abi.md, "Objects")
        }
        ClassInfo ci = info(type);
        return ci != null && !ci.isInterface() && ci.id() == ci.lastId(); // a class without subclasses
    }

    @Override
    public int instanceSize(String type) {
        ClassInfo ci = info(type);
        return ci == null ? -1 : ci.size();
    }

    @Override
    public boolean isProgramClass(String type) {
        return classes.isProgramClass(type);
    }

    /** The laid-out class named {@code type}, or null (the index is made at the first question). */
    private ClassInfo info(String type) {
        if (infoByName == null) {
            Map<String, ClassInfo> m = new HashMap<>();
            for (ClassInfo ci : classes.infos()) {
                m.put(ci.name(), ci);
            }
            infoByName = m;
        }
        return infoByName.get(type);
    }

    /** The classes by name, once the class tree is numbered and laid out (see info). */
    private Map<String, ClassInfo> infoByName;

    @Override
    public int vtableSlot(String method) {
        return classes.vtableSlot(method);
    }

    @Override
    public List<String> objectMethods(boolean string) {
        return classes.objectMethods(string);
    }

    @Override
    public int itableSlot(String method) {
        return classes.itableSlot(method);
    }

    private static String exportName(MethodNode m) {
        if (m.invisibleAnnotations == null) {
            return null;
        }
        for (AnnotationNode a : m.invisibleAnnotations) {
            if (a.desc.equals(EXPORT_DESC)) {
                return (String) a.values.get(1);
            }
        }
        return null;
    }

    private final Set<String> exportsSeen = new LinkedHashSet<>();

    /**
     * The {@code @Export} methods of a runtime class outside the root classes (the scheduler's
     * alarms and thread entry), compiled once the class is used: crt0 reaches them through weak
     * symbols, so a program that never uses the class carries none of it.
     */
    private void requireExports(ClassNode owner) {
        if (ROOT_CLASSES.contains(owner.name)) {
            return;
        }
        for (MethodNode m : owner.methods) {
            String export = exportName(m);
            if (export != null && (m.access & Opcodes.ACC_STATIC) != 0) {
                exports.put(Symbols.method(owner.name, m.name, m.desc), export);
                require(owner, m);
            }
        }
    }

    /** Queues a runtime entry point ({@link RuntimeSymbols}) for translation; returns its symbol. */
    String require(String[] entry) {
        Resolver.MethodTarget t = resolver.staticMethod(entry[0], entry[1], entry[2]);
        return require(t.owner(), t.method());
    }

    /**
     * Queues a method for translation (once) and returns its symbol. A native method of rtgo's own
     * device code is hand-written assembly (crt0.S) defining that symbol: nothing to translate.
     */
    String require(ClassNode owner, MethodNode m) {
        String sym = Symbols.method(owner.name, m.name, m.desc);
        if ((m.access & Opcodes.ACC_NATIVE) != 0 && RuntimeSymbols.isRuntimeCode(Symbols.dotted(owner.name) + ".")) {
            return sym;
        }
        if (queued.add(sym)) {
            if (owner.name.startsWith("rtgo/runtime/") && exportsSeen.add(owner.name)) {
                requireExports(owner); // a runtime class in use brings the entry points crt0 calls
            }
            if ((m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0) {
                throw new Unsupported("calling the native or abstract method " + Symbols.dotted(owner.name) + "."
                        + m.name, "call a method with a Java body");
            }
            SynchronizedMethods.rewrite(owner.name, m);
            ownerOf.put(m, owner);
            work.add(m);
        }
        return sym;
    }

    /**
     * Records that {@code className} may need initialising and returns whether it does: it (or a
     * superclass) has a static initialiser.
     */
    boolean needsInit(String className) {
        if (inits.containsKey(className)) {
            return true;
        }
        ClassNode cn = classPath.find(className);
        if (cn == null) {
            return false;
        }
        List<String> first = new ArrayList<>();
        if (cn.superName != null && needsInit(cn.superName)) {
            first.add(cn.superName);
        }
        if ((cn.access & Opcodes.ACC_INTERFACE) == 0) {
            for (String i : cn.interfaces) {
                defaultMethodInterfaces(i, first);
            }
        }
        MethodNode clinit = null;
        for (MethodNode m : cn.methods) {
            if (m.name.equals("<clinit>")) {
                clinit = m;
            }
        }
        if (clinit == null && first.isEmpty()) {
            return false;
        }
        String clinitSym = clinit == null ? null : require(cn, clinit);
        require(RuntimeSymbols.NO_CLASS_DEF); // the class's initialisation stub calls it when erroneous
        inits.put(className, new ClassInit(className, clinitSym, List.copyOf(first)));
        return true;
    }

    /**
     * Adds to {@code out} the interfaces among {@code iface} and its superinterfaces that a class
     * implementing it initialises first: those declaring a default (non-abstract instance) method
     * and needing initialisation, superinterfaces before the interface (JVMS 5.5 step 7).
     */
    private void defaultMethodInterfaces(String iface, List<String> out) {
        ClassNode in = classPath.find(iface);
        if (in == null) {
            return;
        }
        for (String s : in.interfaces) {
            defaultMethodInterfaces(s, out);
        }
        boolean hasDefault = false;
        for (MethodNode m : in.methods) {
            hasDefault |= (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0 && !m.name.equals("<clinit>");
        }
        if (hasDefault && !out.contains(iface) && needsInit(iface)) {
            out.add(iface);
        }
    }

    /** Records a static field (of its declaring class) and returns it. */
    StaticField field(ClassNode owner, FieldNode fn) {
        String sym = Symbols.staticField(owner.name, fn.name);
        return fields.computeIfAbsent(sym, s -> new StaticField(s, elemOf(fn.desc), fn.value));
    }

    private static Elem elemOf(String desc) {
        return Elem.ofDescriptor(desc);
    }

    /** Records that java.lang.Object's descriptor is needed (the element type of Object[]). */
    void objectType() {
        types.add("java/lang/Object");
    }

    /** Records an array type (and its element array types) whose descriptor the image needs. */
    void arrayType(String desc) {
        String d = desc;
        while (d.startsWith("[")) {
            types.add(d);
            d = d.substring(1);
        }
    }

    public List<Func> funcs() {
        return funcs;
    }

    @Override
    public Map<String, StaticField> fields() {
        return fields;
    }

    @Override
    public Map<String, ClassInit> inits() {
        return inits;
    }

    /** Type names (array descriptors like "[I", and "java/lang/String") whose descriptors are emitted. */
    @Override
    public Set<String> types() {
        return types;
    }

    @Override
    public Map<String, String> interrupts() {
        return interrupts;
    }

    /**
     * The label of the C string of {@code text} (rtgo.vm.Address.cString), one per distinct text,
     * which the emitter lays out in read-only data ({@link #cStrings}).
     */
    String cString(String text) {
        return cStrings.computeIfAbsent(text, k -> ".Lcstr" + cStrings.size());
    }

    @Override
    public Map<String, String> cStrings() {
        return cStrings;
    }

    /** Method symbol to exported global name. */
    @Override
    public Map<String, String> exports() {
        return exports;
    }

    public String mainClass() {
        return mainClass;
    }
}
