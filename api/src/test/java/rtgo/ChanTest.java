package rtgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HotSpot implementation of the channel API against Go's semantics. */
@Timeout(20)
class ChanTest {
    @Test
    void bufferedKeepsOrderAndCounts() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(2);
        assertEquals(2, c.len());
        assertEquals(3, c.cap());
        assertTrue(c.trySend(3));
        assertFalse(c.trySend(4));
        assertEquals(1, c.receive());
        assertTrue(c.trySend(4));
        assertEquals(2, c.receive());
        assertEquals(3, c.tryReceive());
        assertEquals(4, c.receive());
        assertNull(c.tryReceive());
    }

    @Test
    void unbufferedIsARendezvous() throws Exception {
        Chan<String> c = new Chan<>();
        assertFalse(c.trySend("x"), "no receiver waits");
        AtomicInteger stage = new AtomicInteger();
        Thread t = Go.go(() -> {
            c.send("a");
            stage.set(1);
            c.send("b");
            stage.set(2);
        });
        Thread.sleep(50);
        assertEquals(0, stage.get(), "the send waits for a receiver");
        assertEquals("a", c.receive());
        assertEquals("b", c.receive());
        t.join();
        assertEquals(2, stage.get());
    }

    @Test
    void closeDrainsThenNull() {
        Chan<Integer> c = new Chan<>(2);
        c.send(7);
        c.close();
        assertEquals(7, c.receive());
        assertNull(c.receive());
        assertNull(c.receive());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.send(1));
        assertEquals("send on closed channel", e.getMessage());
        e = assertThrows(IllegalStateException.class, c::close);
        assertEquals("close of closed channel", e.getMessage());
        assertThrows(NullPointerException.class, () -> new Chan<Integer>().send(null));
    }

    @Test
    void closeWakesReceiversAndFailsSenders() throws Exception {
        Chan<Integer> c = new Chan<>();
        List<Object> got = new ArrayList<>();
        Thread r = Go.go(() -> {
            Integer v = c.receive();
            synchronized (got) {
                got.add(v == null ? "closed" : v);
            }
        });
        Chan<Integer> d = new Chan<>();
        Thread s = Go.go(() -> {
            try {
                d.send(1);
            } catch (IllegalStateException e) {
                synchronized (got) {
                    got.add(e.getMessage());
                }
            }
        });
        Thread.sleep(50);
        c.close();
        d.close();
        r.join();
        s.join();
        assertEquals(2, got.size());
        assertTrue(got.contains("closed"));
        assertTrue(got.contains("send on closed channel"));
    }

    @Test
    void rangeUntilClosed() {
        Chan<Integer> c = new Chan<>();
        Go.go(() -> {
            for (int i = 0; i < 100; i++) {
                c.send(i);
            }
            c.close();
        });
        int sum = 0;
        int n = 0;
        for (int v : c) {
            sum += v;
            n++;
        }
        assertEquals(100, n);
        assertEquals(4950, sum);
    }

    @Test
    void manyProducersManyConsumers() throws Exception {
        Chan<Integer> c = new Chan<>(4);
        Chan<Long> sums = new Chan<>(8);
        int producers = 4;
        int per = 5000;
        Chan<Boolean> done = new Chan<>(producers);
        for (int p = 0; p < producers; p++) {
            int base = p * per;
            Go.go(() -> {
                for (int i = 0; i < per; i++) {
                    c.send(base + i);
                }
                done.send(true);
            });
        }
        for (int k = 0; k < 4; k++) {
            Go.go(() -> {
                long s = 0;
                for (int v : c) {
                    s += v;
                }
                sums.send(s);
            });
        }
        for (int p = 0; p < producers; p++) {
            done.receive();
        }
        c.close();
        long total = 0;
        for (int k = 0; k < 4; k++) {
            total += sums.receive();
        }
        long n = (long) producers * per;
        assertEquals(n * (n - 1) / 2, total);
    }

    @Test
    void selectDefaultAndTimeout() {
        Chan<Integer> a = new Chan<>();
        Select s = new Select().receive(a).orDefault();
        assertEquals(Select.DEFAULT, s.select());
        Select t = new Select().receive(a).timeout(30);
        long t0 = System.nanoTime();
        assertEquals(Select.TIMEOUT, t.select());
        assertTrue(System.nanoTime() - t0 >= 30_000_000L);
        assertEquals(Select.TIMEOUT, t.select(), "the timeout counts afresh and left no node queued");
        assertTrue(a.trySend(1) == false);
    }

    @Test
    void selectSendAndReceive() throws Exception {
        Chan<Integer> in = new Chan<>();
        Chan<Integer> out = new Chan<>();
        Go.go(() -> in.send(5));
        Select s = new Select().receive(in).send(out, 9);
        assertEquals(0, s.select());
        assertEquals(5, (int) s.value());
        Chan<Integer> got = new Chan<>(1);
        Go.go(() -> got.send(out.receive()));
        assertEquals(1, s.select());
        assertNull(s.value());
        assertEquals(9, got.receive());
        in.close();
        assertEquals(0, s.select());
        assertNull(s.value(), "a receive on a closed channel is ready with null");
    }

    @Test
    void selectSendOnClosedThrows() {
        Chan<Integer> c = new Chan<>();
        c.close();
        Select s = new Select().send(c, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, s::select);
        assertEquals("send on closed channel", e.getMessage());
    }

    @Test
    void selectNilCaseIsNeverReady() {
        Chan<Integer> c = new Chan<>(1);
        c.send(3);
        Select s = new Select().receive(null).receive(c);
        assertEquals(1, s.select());
        assertEquals(3, (int) s.value());
        assertEquals(Select.TIMEOUT, new Select().receive(null).timeout(5).select());
    }

    @Test
    void selectIsFair() {
        Chan<Integer> a = new Chan<>(1);
        Chan<Integer> b = new Chan<>(1);
        Select s = new Select().receive(a).receive(b);
        int[] count = new int[2];
        for (int i = 0; i < 2000; i++) {
            a.trySend(1);
            b.trySend(2);
            count[s.select()]++;
        }
        assertTrue(count[0] > 700 && count[1] > 700, count[0] + " / " + count[1]);
    }

    @Test
    void waitingSelectIsWokenByEitherChannel() throws Exception {
        for (int round = 0; round < 200; round++) {
            Chan<Integer> a = new Chan<>();
            Chan<Integer> b = new Chan<>();
            Chan<Integer> which = round % 2 == 0 ? a : b;
            int v = round;
            Go.go(() -> which.send(v));
            Select s = new Select().receive(a).receive(b);
            int i = s.select();
            assertEquals(round % 2, i);
            assertEquals(round, (int) s.value());
            // the other channel must hold no stale node of the select
            assertFalse((round % 2 == 0 ? b : a).trySend(1));
        }
    }

    @Test
    void selectPingPongThroughBufferedAndUnbuffered() {
        Chan<Integer> c = new Chan<>(2);
        Select s = new Select().send(c, 0).receive(c);
        int sent = 0;
        int received = 0;
        for (int i = 0; i < 1000; i++) {
            s.value(0, i);
            int k = s.select();
            if (k == 0) {
                sent++;
            } else {
                received++;
            }
        }
        assertEquals(1000, sent + received);
        assertEquals(sent - received, c.len());
    }

    @Test
    void timerFiresOnceAndStops() {
        long t0 = System.nanoTime();
        Timer t = new Timer(20);
        assertTrue(t.channel().receive() > 0);
        assertTrue(System.nanoTime() - t0 >= 20_000_000L);
        assertFalse(t.stop(), "already fired");
        Timer u = new Timer(10_000);
        assertTrue(u.stop());
        assertFalse(u.stop());
        assertEquals(Select.TIMEOUT, new Select().receive(u.channel()).timeout(30).select());
        assertTrue(Timer.after(5).receive() > 0);
    }

    @Test
    void tickerTicksUntilStopped() throws Exception {
        Ticker t = new Ticker(10);
        for (int i = 0; i < 5; i++) {
            assertTrue(t.channel().receive() > 0);
        }
        t.stop();
        t.channel().tryReceive();
        Thread.sleep(40);
        assertNull(t.channel().tryReceive(), "no tick after stop");
    }
}
