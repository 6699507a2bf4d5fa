package rtgo.runtime.classlib.java.lang;

/*
 * TThreadGroup: java.lang.ThreadGroup (whole-class substitute), as far as programs meet it: a
 * name and a parent. Groups are legacy on the JVM too (Thread constructors take one, and the
 * JDK ignores most of what it once did); on the device every thread belongs to "main".
 */
public class TThreadGroup {
    private final String name;
    private final TThreadGroup parent;

    public TThreadGroup(String name) {
        this(null, name);
    }

    public TThreadGroup(TThreadGroup parent, String name) {
        this.parent = parent;
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final TThreadGroup getParent() {
        return parent;
    }

    public int getMaxPriority() {
        return TThread.MAX_PRIORITY;
    }
}
