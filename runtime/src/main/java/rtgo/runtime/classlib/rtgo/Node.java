package rtgo.runtime.classlib.rtgo;

/**
 * A waiting sender or receiver in a channel's queue (Go's sudog): its waiter, the select case it
 * stands for and, for a sender, the value offered. Reused: one per thread for plain operations
 * (in its {@link Waiter}), one per case in each Select. Runtime-internal, not part of the API.
 */
public final class Node {
    Waiter waiter;
    TChan<?> chan;
    int caseIndex;
    /** A sender's value. */
    Object value;
    Node prev;
    Node next;
    boolean linked;
}
