package rtgo.vm.abi;

/**
 * Assembler symbols shared by the transpiler, the start-up code, the linker script and the runtime
 * (docs/abi.md, "Symbols the transpiler emits", "Entry points crt0 calls" and "Memory map and
 * link"). The runtime reads the data symbols with {@code Address.symbol(...)}, which needs a
 * constant string: these are constants, so javac puts the text itself into each call.
 */
public final class SymbolNames {
    private SymbolNames() {}

    // ---- Java entities: prefixes the transpiler puts before the dotted class name ----------------

    /** Methods: {@code J:pkg.Cls.name(desc)}. */
    public static final String METHOD_PREFIX = "J:";
    /** Static fields: {@code S:pkg.Cls.name}. */
    public static final String STATIC_FIELD_PREFIX = "S:";
    /** Instance fields in the IR (no symbol in the image: a field is an offset): {@code F:<class>.<name>}. */
    public static final String INSTANCE_FIELD_PREFIX = "F:";
    /** Class-initialisation stubs: {@code IC:pkg.Cls}. */
    public static final String INIT_STUB_PREFIX = "IC:";
    /** Class-initialised flag bytes: {@code I:pkg.Cls}. */
    public static final String INIT_FLAG_PREFIX = "I:";
    /** Type descriptors: {@code rtgo.type.} and the name as Class.getName() spells it. */
    public static final String TYPE_PREFIX = "rtgo.type.";
    /** Per-dimension descriptor tables of multi-dimensional array types. */
    public static final String TYPE_TABLE_PREFIX = "rtgo.typetable.";
    /**
     * The empty String[] main receives: an object in flash, so that starting main allocates nothing
     * (a program that never allocates carries no allocator).
     */
    public static final String MAIN_ARGS = "rtgo_main_args";
    /** The descriptor of java.lang.String. */
    public static final String STRING_TYPE = TYPE_PREFIX + "java.lang.String";

    // ---- tables and words the transpiler emits and the runtime reads -----------------------------

    /** The frame table (see {@link FrameTableLayout}). */
    public static final String FRAMES = "rtgo_frames";
    /** One word per NullPointerException detail message, the address of its UTF-8 text. */
    public static final String NPE_MESSAGES = "rtgo_npe_messages";
    /**
     * Around the string literals in .rodata, which lie one after another (each 4-byte aligned, laid
     * out as a String): String.intern() finds the literal of a text between these two symbols.
     */
    public static final String STRINGS_START = "rtgo_strings_start";
    public static final String STRINGS_END = "rtgo_strings_end";
    /** The number of static initialisers running now. */

    // ---- exported runtime methods that crt0 enters ----------------------------------------------

    /** {@code rtgo.runtime.Start.start()}, called by the reset handler. */
    public static final String START = "rtgo_start";
    /** The static reference fields, the collector's roots besides the stacks: {@code .word count, address...}. */
    public static final String STATIC_REFS = "rtgo_static_refs";
    /** A word: 1 when the program was built with assertions enabled (rtgo build -ea), else 0. */
    public static final String ASSERTIONS = "rtgo_assertions";
    /**
     * The enum classes' constants: a count, then per enum class its type descriptor and the address
     * of its {@code $VALUES} static field (EnumSet and EnumMap find a universe from a constant's class).
     */
    public static final String ENUM_VALUES = "rtgo_enum_values";
    /** {@code rtgo.runtime.Fault.hardFault(int frame)}, from the HardFault stub. */
    public static final String HARDFAULT = "rtgo_hardfault_java";
    /** {@code rtgo.runtime.Fault.unexpected(int exceptionNumber)}, from the default handler. */
    public static final String UNEXPECTED = "rtgo_unexpected_java";
    /** Weak per-IRQ vector symbols, {@code rtgo_isr_<name>}; exporting one takes the interrupt over. */
    public static final String ISR_PREFIX = "rtgo_isr_";
    /** crt0's reset handler, the ELF entry point. */
    public static final String RESET = "rtgo_reset";

    // ---- threads (docs/abi.md, "Threads") ------------------------------------------------------------

    /** {@code Sched.threadMain()}, a new thread's first Java code, called by {@link #THREAD_ENTRY}. */
    public static final String THREAD_MAIN = "rtgo_thread_main";
    /** crt0: where a new thread's first switch lands. */
    public static final String THREAD_ENTRY = "rtgo_thread_entry";
    /** {@code Sched.tick(int frame)}: the time-slice alarm (TIMER alarm 2). */
    public static final String TICK = "rtgo_tick";
    /** {@code Sched.alarm(int frame)}: the timed-wait alarm (TIMER alarm 3). */
    public static final String ALARM = "rtgo_alarm";
    /** {@code Sched.preempted()}, called by {@link #PREEMPT}. */
    public static final String PREEMPTED = "rtgo_sched_preempted";
    /** crt0: a preempted thread's frame (the divider, r0-r3, r12, lr, flags) and switch. */
    public static final String PREEMPT = "rtgo_preempt";
    /** crt0: the return address inside {@link #PREEMPT}, by which the collector knows the frame. */
    public static final String PREEMPT_RETURN = "rtgo_preempt_return";
    /** A word: the preempted pc (Thumb bit set), from {@code Sched.tick} to {@link #PREEMPT}. */
    public static final String RESUME_PC = "rtgo_resume_pc";
    /** Labels around the code threads may be preempted in (the program, class library, HAL). */
    public static final String PREEMPT_START = "rtgo_preempt_start";
    public static final String PREEMPT_END = "rtgo_preempt_end";
    /** crt0: calls a Java interrupt handler (address in r2) with the SIO divider saved. */
    public static final String JAVA_ISR = "rtgo_java_isr";
    /** A word: the running thread's stack limit, which recursive methods check. */
    public static final String STACK_LIMIT = "rtgo_stack_limit";
    /**
     * Static fields crt0 reads or writes, emitted as global symbols: the allocator's bump region,
     * which rtgo_java_isr empties while a Java interrupt handler runs (Heap.take).
     */
    public static final String HEAP_NEXT = "S:rtgo.runtime.Heap.next";
    public static final String HEAP_REGION_END = "S:rtgo.runtime.Heap.regionEnd";
    /** A word (crt0): the allocator's region end when a Java interrupt handler was entered. */
    public static final String ISR_REGION_END = "rtgo_handler_region_end";
    /** A word: the stack limit of interrupt handlers (main's until threads run, then the handler stack's). */
    public static final String ISR_STACK_LIMIT = "rtgo_handler_stack_limit";
    /** Absolute: bytes above a stack's bottom the recursion checks keep free. */
    public static final String STACK_RESERVE = "rtgo_stack_reserve";
    /** Absolute: a thread's default stack size in bytes. */
    public static final String THREAD_STACK = "rtgo_thread_stack";

    // ---- linker-script symbols --------------------------------------------------------------------

    public static final String DATA_START = "__data_start";
    public static final String DATA_END = "__data_end";
    public static final String DATA_LOAD = "__data_load";
    public static final String BSS_START = "__bss_start";
    public static final String BSS_END = "__bss_end";
    public static final String HEAP_START = "__heap_start";
    /** The heap's end and the stack's bottom: {@link #STACK_TOP} less the stack size. */
    public static final String HEAP_END = "__heap_end";
    public static final String STACK_TOP = "__stack_top";
}
