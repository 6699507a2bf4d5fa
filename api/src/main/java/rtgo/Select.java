package rtgo;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Go's {@code select}: waits until one of several channel operations can proceed and does exactly
 * that one. Build the cases once, then call {@link #select()} as often as needed: a select
 * allocates nothing after it is set up.
 *
 * <pre>{@code
 * Select s = new Select().receive(data).receive(quit).timeout(100);
 * for (;;) {
 *     switch (s.select()) {
 *         case 0 -> System.out.println("got " + s.value());
 *         case 1 -> { return; }
 *         case Select.TIMEOUT -> System.out.println("nothing for 100 ms");
 *     }
 * }
 * }</pre>
 *
 * <p>Cases are numbered from 0 in the order they were added; {@link #orDefault()} and
 * {@link #timeout(long)} add no numbered case. Semantics, as in Go:
 * <ul>
 * <li>When several cases are ready, one is chosen uniformly at random.</li>
 * <li>A receive case on a closed channel is ready and its {@link #value()} is null.</li>
 * <li>A send case on a closed channel is ready, and choosing it throws
 *     IllegalStateException("send on closed channel").</li>
 * <li>A case on a null channel is never ready (Go's nil channel), which disables it.</li>
 * <li>With a default case, select never waits: it returns {@link #DEFAULT} if no case is ready.</li>
 * <li>With a timeout, select returns {@link #TIMEOUT} if no case became ready within that many
 *     milliseconds of the call (counted afresh at each call).</li>
 * <li>With neither, and no case that can ever become ready (no cases, or only null channels),
 *     select waits forever, as Go's {@code select {}} does.</li>
 * </ul>
 *
 * <p>A Select belongs to one thread at a time; different threads use different Selects.
 */
public final class Select {
    /** What {@link #select()} returns when the default case was taken. */
    public static final int DEFAULT = -1;
    /** What {@link #select()} returns when the timeout passed first. */
    public static final int TIMEOUT = -2;

    private Chan<?>[] chans = new Chan<?>[4];
    private Object[] values = new Object[4];
    private boolean[] isSend = new boolean[4];
    private Node[] nodes = new Node[4];
    private int[] order = new int[4];
    private int n;
    private boolean hasDefault;
    private long timeoutMillis = -1;
    private Object received;

    /** An empty select; add cases with {@link #receive}, {@link #send}, {@link #orDefault}, {@link #timeout}. */
    public Select() {}

    /** Adds a receive case on {@code c} (null: a case that is never ready). */
    public Select receive(Chan<?> c) {
        add(c, null, false);
        return this;
    }

    /**
     * Adds a send case of {@code v} on {@code c} (null channel: a case that is never ready).
     *
     * @throws NullPointerException if v is null
     */
    public <T> Select send(Chan<T> c, T v) {
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        add(c, v, true);
        return this;
    }

    /** Adds the default case: {@link #select()} returns {@link #DEFAULT} at once if no case is ready. */
    public Select orDefault() {
        hasDefault = true;
        return this;
    }

    /** Adds a timeout case: {@link #select()} returns {@link #TIMEOUT} after {@code millis} ms without a ready case. */
    public Select timeout(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("negative timeout: " + millis);
        }
        timeoutMillis = millis;
        return this;
    }

    /**
     * Changes the value that send case {@code index} sends.
     *
     * @throws IllegalArgumentException if that case is not a send case
     * @throws NullPointerException if v is null
     */
    public Select value(int index, Object v) {
        if (index < 0 || index >= n || !isSend[index]) {
            throw new IllegalArgumentException("case " + index + " is not a send case");
        }
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        values[index] = v;
        return this;
    }

    /** Changes the channel of case {@code index} (null: the case is never ready). */
    public Select channel(int index, Chan<?> c) {
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("no case " + index);
        }
        chans[index] = c;
        return this;
    }

    /** Removes every case, the default and the timeout. */
    public Select clear() {
        for (int i = 0; i < n; i++) {
            chans[i] = null;
            values[i] = null;
        }
        n = 0;
        hasDefault = false;
        timeoutMillis = -1;
        received = null;
        return this;
    }

    /** The number of numbered cases. */
    public int cases() {
        return n;
    }

    /**
     * The value the last {@link #select()} received, when it chose a receive case (null if that
     * channel was closed, and after a send case, default or timeout).
     */
    @SuppressWarnings("unchecked")
    public <T> T value() {
        return (T) received;
    }

    /**
     * Waits until a case can proceed, performs it and returns its index; or returns
     * {@link #DEFAULT} or {@link #TIMEOUT}.
     *
     * @throws IllegalStateException "send on closed channel" if the chosen case sends on a closed channel
     */
    public int select() {
        received = null;
        long deadline = 0;
        if (timeoutMillis >= 0) {
            deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            if (deadline == 0) {
                deadline = 1;
            }
        }
        // a random order of the cases: the first ready one in it is a uniform choice among the ready
        for (int i = 0; i < n; i++) {
            int j = ThreadLocalRandom.current().nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        Chan.LOCK.lock();
        try {
            for (int k = 0; k < n; k++) {
                int i = order[k];
                Chan<?> c = chans[i];
                if (c == null) {
                    continue;
                }
                if (isSend[i]) {
                    if (c.canSend()) {
                        c.offer(values[i]);
                        return i;
                    }
                } else if (c.canReceive()) {
                    received = c.take();
                    return i;
                }
            }
            if (hasDefault) {
                return DEFAULT;
            }
            if (timeoutMillis == 0) {
                return TIMEOUT;
            }
            Waiter w = Waiter.current();
            w.reset();
            if (w.queued == null || w.queued.length < n) {
                w.queued = new Node[Math.max(n, 4)];
            }
            w.queuedCount = 0;
            for (int i = 0; i < n; i++) {
                Chan<?> c = chans[i];
                if (c == null) {
                    continue;
                }
                Node node = nodes[i];
                node.waiter = w;
                node.chan = c;
                node.caseIndex = i;
                w.queued[w.queuedCount++] = node;
                if (isSend[i]) {
                    node.value = values[i];
                    c.enqueueSender(node);
                } else {
                    c.enqueueReceiver(node);
                }
            }
            if (!w.await(deadline)) {
                w.unqueueAll();
                return TIMEOUT;
            }
            int chosen = w.chosen;
            nodes[chosen].value = null;
            if (w.closed) {
                throw new IllegalStateException("send on closed channel");
            }
            if (!isSend[chosen]) {
                received = w.value;
            }
            w.value = null;
            return chosen;
        } finally {
            Chan.LOCK.unlock();
        }
    }

    private void add(Chan<?> c, Object v, boolean send) {
        if (n == chans.length) {
            int m = n * 2;
            chans = java.util.Arrays.copyOf(chans, m);
            values = java.util.Arrays.copyOf(values, m);
            isSend = java.util.Arrays.copyOf(isSend, m);
            nodes = java.util.Arrays.copyOf(nodes, m);
            order = java.util.Arrays.copyOf(order, m);
        }
        chans[n] = c;
        values[n] = v;
        isSend[n] = send;
        if (nodes[n] == null) {
            nodes[n] = new Node();
        }
        n++;
    }
}
