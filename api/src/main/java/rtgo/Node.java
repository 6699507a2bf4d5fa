package rtgo;

/**
 * A waiting sender or receiver in a channel's queue (HotSpot implementation; Go calls it a
 * sudog): the waiter, the case of a select it stands for, and for a sender the value it offers.
 * Nodes are reused: each thread has one for plain operations and each {@link Select} one per case.
 */
final class Node {
    Waiter waiter;
    Chan<?> chan;
    int caseIndex;
    /** A sender's value. */
    Object value;
    Node prev;
    Node next;
    boolean linked;
}
