package rtgo.hal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a static, argument-less void method of the program the handler of one RP2040 interrupt,
 * named as in the datasheet (2.3.2): {@code @Interrupt("IO_IRQ_BANK0")}. The handler runs on the
 * main stack with the interrupted code's registers and the SIO divider saved around it. It may
 * read and write registers and fields, send on channels without blocking (trySend) and wake
 * threads; it must not block or allocate (a build error where the compiler can see it, else a
 * panic naming the handler). TIMER_IRQ_2 and TIMER_IRQ_3 belong to the scheduler. Enable the
 * interrupt with {@link Irq#enable} once the peripheral is set up.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Interrupt {
    /** The interrupt's name: TIMER_IRQ_0, TIMER_IRQ_1, PWM_IRQ_WRAP, ..., IO_IRQ_BANK0, ..., RTC_IRQ. */
    String value();
}
