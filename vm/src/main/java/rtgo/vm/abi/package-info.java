/**
 * The device ABI as constants: the one definition of every number and name that the transpiler
 * emits and the device-side Java (runtime, HAL) reads back (docs/abi.md, "The ABI definition").
 *
 * <p>Both sides compile against these classes. Every member is a compile-time constant
 * ({@code static final} int or String with a constant initialiser), so javac copies the value
 * into each use: on the device a constant folds to an immediate or a literal-pool word exactly as
 * the literal did, and these classes are never loaded, initialised or linked into an image.
 * Keep it that way: no methods, no non-constant fields.
 */
package rtgo.vm.abi;
