package rtgo.frontend;

import java.util.List;
import java.util.Locale;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Interrupt handlers written in Java: a static, argument-less void method of the program marked
 * {@code @rtgo.hal.Interrupt("IO_IRQ_BANK0")} becomes the handler of that RP2040 interrupt. The
 * vector table's entries are weak symbols {@code rtgo_isr_<irq>} (crt0.S); the back end emits a
 * strong one for each handler that enters it through rtgo_java_isr, which saves the SIO divider.
 */
final class Interrupts {
    private Interrupts() {}

    static final String ANNOTATION = "Lrtgo/hal/Interrupt;";

    /** The RP2040's interrupts by number (datasheet 2.3.2). */
    static final List<String> NAMES = List.of("TIMER_IRQ_0", "TIMER_IRQ_1", "TIMER_IRQ_2", "TIMER_IRQ_3",
            "PWM_IRQ_WRAP", "USBCTRL_IRQ", "XIP_IRQ", "PIO0_IRQ_0", "PIO0_IRQ_1", "PIO1_IRQ_0", "PIO1_IRQ_1",
            "DMA_IRQ_0", "DMA_IRQ_1", "IO_IRQ_BANK0", "IO_IRQ_QSPI", "SIO_IRQ_PROC0", "SIO_IRQ_PROC1", "CLOCKS_IRQ",
            "SPI0_IRQ", "SPI1_IRQ", "UART0_IRQ", "UART1_IRQ", "ADC_IRQ_FIFO", "I2C0_IRQ", "I2C1_IRQ", "RTC_IRQ");

    /** The scheduler's own: time slices and timed waits (rtgo.runtime.Sched). */
    static final List<String> RESERVED = List.of("TIMER_IRQ_2", "TIMER_IRQ_3");

    /** The vector symbol {@code m} handles, or null if it is not marked; a misuse is a build error. */
    static String handlerOf(ClassNode owner, MethodNode m) {
        if (m.invisibleAnnotations == null) {
            return null;
        }
        for (AnnotationNode a : m.invisibleAnnotations) {
            if (!a.desc.equals(ANNOTATION)) {
                continue;
            }
            String irq = a.values == null ? "" : String.valueOf(a.values.get(1));
            int line = firstLine(m);
            if (!NAMES.contains(irq)) {
                throw new Unsupported("@Interrupt(\"" + irq + "\"): no RP2040 interrupt has that name",
                        "use one of " + String.join(", ", NAMES)).at(owner.name, m.name, owner.sourceFile, line);
            }
            if (RESERVED.contains(irq)) {
                throw new Unsupported("@Interrupt(\"" + irq + "\"): the scheduler uses TIMER alarms 2 and 3",
                        "use TIMER_IRQ_0 or TIMER_IRQ_1 (alarms 0 and 1)").at(owner.name, m.name, owner.sourceFile, line);
            }
            if ((m.access & Opcodes.ACC_STATIC) == 0 || !m.desc.equals("()V")) {
                throw new Unsupported("an interrupt handler that is not static void and without parameters",
                        "declare it as 'static void " + m.name + "()'").at(owner.name, m.name, owner.sourceFile, line);
            }
            return rtgo.vm.abi.SymbolNames.ISR_PREFIX + irq.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static int firstLine(MethodNode m) {
        for (var n : m.instructions) {
            if (n instanceof LineNumberNode ln) {
                return ln.line;
            }
        }
        return 0;
    }
}
