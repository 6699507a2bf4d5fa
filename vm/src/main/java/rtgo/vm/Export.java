package rtgo.vm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a static method a fixed, global assembler symbol so that hand-written assembly (the reset
 * handler, fault stubs) can call it, and marks it as a root of the build: it is compiled even if no
 * Java code calls it. The method must be static and take and return only int-sized values.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** The symbol, for example {@code "rtgo_start"}. */
    String value();
}
