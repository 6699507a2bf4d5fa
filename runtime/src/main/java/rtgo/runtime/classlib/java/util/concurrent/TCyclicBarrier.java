package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import rtgo.runtime.classlib.java.lang.TRunnable;

/*
 * TCyclicBarrier: java.util.concurrent.CyclicBarrier as a whole-class substitute.
 *
 * Design note. The barrier's own monitor guards a count of missing parties and a generation
 * object; every trip or reset starts a new generation, so a thread woken from its wait knows
 * whether its own generation tripped (it returns its arrival index), broke (it throws
 * BrokenBarrierException) or is still waiting. The last thread to arrive runs the barrier action
 * before anyone is released, as the JDK's does; if the action throws, the barrier breaks and the
 * exception goes on in that thread. An interrupt or a timeout of one waiter breaks the barrier for
 * all of them (that waiter gets InterruptedException or TimeoutException, the others
 * BrokenBarrierException).
 */
public class TCyclicBarrier {
    /** One use of the barrier; broken once it is. */
    private static final class Generation {
        boolean broken;
    }

    private final int parties;
    private final TRunnable barrierCommand;
    private Generation generation = new Generation();
    private int count;

    public TCyclicBarrier(int parties, TRunnable barrierAction) {
        if (parties <= 0) {
            throw new IllegalArgumentException();
        }
        this.parties = parties;
        this.count = parties;
        this.barrierCommand = barrierAction;
    }

    public TCyclicBarrier(int parties) {
        this(parties, null);
    }

    public int getParties() {
        return parties;
    }

    /** Starts the next generation and releases the waiters (monitor held). */
    private void nextGeneration() {
        notifyAll();
        count = parties;
        generation = new Generation();
    }

    /** Breaks the current generation and releases the waiters (monitor held). */
    private void breakBarrier() {
        generation.broken = true;
        count = parties;
        notifyAll();
    }

    private int dowait(boolean timed, long deadline) throws InterruptedException, BrokenBarrierException, TimeoutException {
        synchronized (this) {
            Generation g = generation;
            if (g.broken) {
                throw new BrokenBarrierException();
            }
            if (Thread.interrupted()) {
                breakBarrier();
                throw new InterruptedException();
            }
            int index = --count;
            if (index == 0) {
                TRunnable command = barrierCommand;
                if (command != null) {
                    boolean ran = false;
                    try {
                        command.run();
                        ran = true;
                    } finally {
                        if (!ran) {
                            breakBarrier();
                        }
                    }
                }
                nextGeneration();
                return 0;
            }
            for (;;) {
                try {
                    if (!timed) {
                        wait();
                    } else if (!Blocking.waitUntil(this, deadline)) {
                        if (g == generation && !g.broken) {
                            breakBarrier();
                            throw new TimeoutException();
                        }
                    }
                } catch (InterruptedException e) {
                    if (g == generation && !g.broken) {
                        breakBarrier();
                        throw e;
                    }
                    Thread.currentThread().interrupt();
                }
                if (g.broken) {
                    throw new BrokenBarrierException();
                }
                if (g != generation) {
                    return index;
                }
            }
        }
    }

    /** Waits for every party; returns this thread's arrival index (parties - 1 first, 0 last). */
    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return dowait(false, 0);
        } catch (TimeoutException e) {
            throw new Error(e);
        }
    }

    public int await(long timeout, TTimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return dowait(true, Blocking.deadline(unit.toNanos(timeout)));
    }

    public boolean isBroken() {
        synchronized (this) {
            return generation.broken;
        }
    }

    /** Breaks the current generation (its waiters get BrokenBarrierException) and starts a new one. */
    public void reset() {
        synchronized (this) {
            breakBarrier();
            nextGeneration();
        }
    }

    public int getNumberWaiting() {
        synchronized (this) {
            return parties - count;
        }
    }
}
