package rtgo.thumb;

import rtgo.ir.Cond;

/** ARM condition-code suffixes for the IR's conditions. */
final class Conds {
    private Conds() {}

    static String suffix(Cond c) {
        return c.name().toLowerCase();
    }

    static String invert(String suffix) {
        return suffix(Cond.valueOf(suffix.toUpperCase()).negate());
    }
}
