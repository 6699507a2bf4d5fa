package rtgo.runtime.classlib.java.util;

/** java.util.RandomAccess (an interface substitute): the marker of lists with constant-time get. */
public interface TRandomAccess {
}
