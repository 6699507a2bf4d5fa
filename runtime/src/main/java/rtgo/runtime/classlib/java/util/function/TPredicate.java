package rtgo.runtime.classlib.java.util.function;

/** java.util.function.Predicate (an interface substitute). */
@FunctionalInterface
public interface TPredicate<T> {
    boolean test(T t);

    default TPredicate<T> and(TPredicate<? super T> other) {
        java.util.Objects.requireNonNull(other);
        return (t) -> test(t) && other.test(t);
    }

    default TPredicate<T> negate() {
        return (t) -> !test(t);
    }

    default TPredicate<T> or(TPredicate<? super T> other) {
        java.util.Objects.requireNonNull(other);
        return (t) -> test(t) || other.test(t);
    }

    static <T> TPredicate<T> isEqual(Object targetRef) {
        return (null == targetRef) ? java.util.Objects::isNull : object -> targetRef.equals(object);
    }

    @SuppressWarnings("unchecked")
    static <T> TPredicate<T> not(TPredicate<? super T> target) {
        java.util.Objects.requireNonNull(target);
        return (TPredicate<T>) target.negate();
    }
}
