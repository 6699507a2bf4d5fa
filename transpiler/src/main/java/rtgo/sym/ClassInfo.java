package rtgo.sym;

import java.util.List;

/**
 * What the back end emits for one class of the program: its type descriptor (docs/abi.md,
 * "Objects"). Filled in by the front end once the closed world is complete.
 *
 * @param name       internal name ({@code a/b/C})
 * @param superName  internal name of the superclass, or null for a direct subclass of Object
 * @param size       instance size in bytes, the descriptor word included (a multiple of 4)
 * @param refMap     bit k set when word k of an instance holds a reference
 * @param id         the class's depth-first number in the class tree (1..)
 * @param lastId     the largest id among the class and its subclasses
 * @param vtable     one method symbol per virtual-table slot, null for a slot no instance can reach
 *                   (an abstract class's abstract method)
 * @param instantiated whether {@code new} of it occurs (only such classes need a usable vtable)
 * @param isInterface  an interface: only its name and flags are emitted
 * @param interfaces   every interface the class implements, directly or inherited (for instanceof)
 * @param itable       one method symbol per interface-method colour, null where none applies
 */
public record ClassInfo(String name, String superName, int size, int refMap, int id, int lastId,
                        List<String> vtable, boolean instantiated, boolean isInterface, List<String> interfaces,
                        List<String> itable) {}
