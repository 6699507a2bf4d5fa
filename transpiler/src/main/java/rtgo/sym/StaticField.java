package rtgo.sym;

import rtgo.ir.Elem;

/**
 * A static field as the back end lays it out: its symbol ({@link Symbols#staticField}), its element
 * kind (size and alignment) and its ConstantValue (an Integer, a String, or null for zero).
 */
public record StaticField(String symbol, Elem elem, Object initialValue) {}
