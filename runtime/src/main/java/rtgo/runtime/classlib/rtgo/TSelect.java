package rtgo.runtime.classlib.rtgo;

import rtgo.runtime.Sched;

/*
 * TSelect: rtgo.Select on the device (a whole-class substitute of the API class).
 *
 * Design note. Go's select, with the cases kept in the Select object so that a select in a loop
 * allocates nothing: per case its channel, whether it sends, the value to send and a Node to queue
 * while waiting, plus a scratch array for the random order.
 * - Choice: a Fisher-Yates shuffle of the case indexes (Sched.random) before the critical section,
 *   then a poll in that order inside it; the first ready case wins, which is a uniform choice among
 *   the ready ones, as Go's pollorder is.
 * - Waiting: if none is ready and there is no default, one Node per case goes on its channel's
 *   queue (all in one critical section, so no case can become ready unseen), and the thread parks
 *   (with parkUntil for a timeout). The first channel operation that matches a node completes the
 *   whole select: TChan calls Waiter.complete, which unlinks the other cases' nodes in the same
 *   critical section, so exactly one case ever fires. On timeout the thread unlinks its nodes.
 * - Critical section: the poll and the queueing are linear in the number of cases, the only
 *   critical sections here not bounded by a constant; a select has a handful of cases.
 * - Go's rules: a receive on a closed channel is ready (value null); a send on a closed channel is
 *   ready and throws; a null channel is never ready; no ready case, no default and no timeout
 *   (including no cases at all) waits forever.
 */
/** rtgo.Select: Go's select statement as a reusable object; see the API's documentation. */
public final class TSelect {
    /** What select() returns when the default case was taken. */
    public static final int DEFAULT = -1;
    /** What select() returns when the timeout passed first. */
    public static final int TIMEOUT = -2;

    private TChan<?>[] chans = new TChan<?>[4];
    private Object[] values = new Object[4];
    private boolean[] isSend = new boolean[4];
    private Node[] nodes = new Node[4];
    private int[] order = new int[4];
    private int n;
    private boolean hasDefault;
    private long timeoutMillis = -1;
    private Object received;

    /** An empty select. */
    public TSelect() {}

    /** Adds a receive case on c (null: never ready). */
    public TSelect receive(TChan<?> c) {
        add(c, null, false);
        return this;
    }

    /** Adds a send case of v on c (null channel: never ready). */
    public <T> TSelect send(TChan<T> c, T v) {
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        add(c, v, true);
        return this;
    }

    /** Adds the default case. */
    public TSelect orDefault() {
        hasDefault = true;
        return this;
    }

    /** Adds a timeout case of millis ms. */
    public TSelect timeout(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("negative timeout: " + millis);
        }
        timeoutMillis = millis;
        return this;
    }

    /** Changes the value send case index sends. */
    public TSelect value(int index, Object v) {
        if (index < 0 || index >= n || !isSend[index]) {
            throw new IllegalArgumentException("case " + index + " is not a send case");
        }
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        values[index] = v;
        return this;
    }

    /** Changes the channel of case index (null: never ready). */
    public TSelect channel(int index, TChan<?> c) {
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("no case " + index);
        }
        chans[index] = c;
        return this;
    }

    /** Removes every case, the default and the timeout. */
    public TSelect clear() {
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

    /** The value the last select received (null after a closed channel, a send, default or timeout). */
    @SuppressWarnings("unchecked")
    public <T> T value() {
        return (T) received;
    }

    /** Waits for a case, performs it and returns its index, or DEFAULT or TIMEOUT. */
    public int select() {
        received = null;
        int count = n;
        int[] ord = order;
        // inside-out Fisher-Yates; the first step, random(1), is always 0
        ord[0] = 0;
        for (int i = 1; i < count; i++) {
            int j = Sched.random(i + 1);
            ord[i] = ord[j];
            ord[j] = i;
        }
        long deadline = 0;
        if (timeoutMillis > 0) {
            deadline = Sched.nowMicros() + timeoutMillis * 1000;
        }
        Waiter w;
        for (;;) {
            int s = Sched.lock();
            int ready = poll(count, ord);
            if (ready != DEFAULT) {
                Sched.unlock(s);
                return finish(ready);
            }
            if (hasDefault) {
                Sched.unlock(s);
                return DEFAULT;
            }
            if (timeoutMillis == 0) {
                Sched.unlock(s);
                return TIMEOUT;
            }
            w = Waiter.ofBlocking(s);
            if (w != null && w.queued.length < count) {
                // a select with more cases than this thread's waits so far: a bigger array, made outside
                Sched.unlock(s);
                w.queued = new Node[count];
                continue;
            }
            if (w != null) {
                w.reset();
                for (int i = 0; i < count; i++) {
                    TChan<?> c = chans[i];
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
                Sched.unlock(s);
                break;
            }
            // the thread's first wait: its waiter was made outside the critical section; poll again
        }
        if (!w.await(deadline, w.queuedCount == 0 ? "select (no cases)" : "select")) {
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
    }

    /**
     * Inside the critical section: performs the first ready case in the order ord and returns its
     * index, or DEFAULT if none is ready. A send on a closed channel returns -3 - index (it must
     * throw, after the lock is released). A receive leaves its value in received.
     */
    private int poll(int count, int[] ord) {
        for (int k = 0; k < count; k++) {
            int i = ord[k];
            TChan<?> c = chans[i];
            if (c == null) {
                continue;
            }
            if (isSend[i]) {
                if (c.isClosed()) {
                    return -3 - i;
                }
                if (c.offer(values[i])) {
                    return i;
                }
            } else if (c.canReceive()) {
                received = c.take();
                return i;
            }
        }
        return DEFAULT;
    }

    /** The result of a case poll performed: its index, or the exception of a send on a closed channel. */
    private static int finish(int ready) {
        if (ready <= -3) {
            throw new IllegalStateException("send on closed channel");
        }
        return ready;
    }

    private void add(TChan<?> c, Object v, boolean send) {
        if (n == chans.length) {
            int m = n * 2;
            TChan<?>[] c2 = new TChan<?>[m];
            Object[] v2 = new Object[m];
            boolean[] s2 = new boolean[m];
            Node[] n2 = new Node[m];
            System.arraycopy(chans, 0, c2, 0, n);
            System.arraycopy(values, 0, v2, 0, n);
            System.arraycopy(isSend, 0, s2, 0, n);
            System.arraycopy(nodes, 0, n2, 0, n);
            chans = c2;
            values = v2;
            isSend = s2;
            nodes = n2;
            order = new int[m];
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
