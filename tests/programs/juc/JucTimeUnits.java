// TimeUnit: the constants in order, conversions both ways (truncating toward zero when coarser,
// saturating at Long.MAX_VALUE/MIN_VALUE when finer), the toX shortcuts, valueOf/name/ordinal,
// compareTo, a switch over units, and TimeUnit.sleep / timedJoin waiting at least the time asked.
import java.util.concurrent.TimeUnit;

public class JucTimeUnits {
    static String label(TimeUnit u) {
        return switch (u) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            case MINUTES -> "min";
            case HOURS -> "h";
            case DAYS -> "d";
        };
    }

    public static void main(String[] args) throws InterruptedException {
        StringBuilder sb = new StringBuilder();
        for (TimeUnit u : TimeUnit.values()) {
            sb.append(u.ordinal()).append(':').append(u).append('/').append(label(u)).append(' ');
        }
        System.out.println(sb);
        System.out.println(TimeUnit.SECONDS.toMillis(90) + " " + TimeUnit.MILLISECONDS.toSeconds(1999) + " " + TimeUnit.MILLISECONDS.toSeconds(-1999));
        System.out.println(TimeUnit.HOURS.toMinutes(3) + " " + TimeUnit.MINUTES.toHours(179) + " " + TimeUnit.DAYS.toHours(2) + " " + TimeUnit.DAYS.toSeconds(1));
        System.out.println(TimeUnit.MICROSECONDS.toNanos(1234) + " " + TimeUnit.NANOSECONDS.toMicros(1234567) + " " + TimeUnit.NANOSECONDS.toMillis(999_999));
        System.out.println(TimeUnit.SECONDS.convert(3, TimeUnit.MINUTES) + " " + TimeUnit.MINUTES.convert(150, TimeUnit.SECONDS) + " " + TimeUnit.NANOSECONDS.convert(2, TimeUnit.DAYS));
        System.out.println(TimeUnit.DAYS.toNanos(200_000) + " " + TimeUnit.DAYS.toNanos(-200_000) + " " + TimeUnit.SECONDS.toMicros(Long.MAX_VALUE / 1000));
        System.out.println(TimeUnit.HOURS.toMillis(Long.MAX_VALUE / 3_600_000L) + " " + TimeUnit.HOURS.toMillis(Long.MAX_VALUE / 3_600_000L + 1) + " " + TimeUnit.NANOSECONDS.toDays(Long.MAX_VALUE));
        System.out.println(TimeUnit.valueOf("HOURS").name() + " " + TimeUnit.MINUTES.compareTo(TimeUnit.SECONDS) + " " + TimeUnit.NANOSECONDS.compareTo(TimeUnit.DAYS));
        try {
            TimeUnit.valueOf("WEEKS");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        long t0 = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(30);
        long slept = System.nanoTime() - t0;
        TimeUnit.SECONDS.sleep(0);
        TimeUnit.SECONDS.sleep(-5);
        System.out.println("slept at least 30 ms: " + (slept >= 30_000_000L));
        Thread worker = new Thread(() -> {
            try {
                TimeUnit.MICROSECONDS.sleep(20_000);
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        });
        t0 = System.nanoTime();
        worker.start();
        TimeUnit.SECONDS.timedJoin(worker, 5);
        System.out.println("joined after at least 20 ms: " + (System.nanoTime() - t0 >= 20_000_000L) + ", alive " + worker.isAlive());
        Object monitor = new Object();
        synchronized (monitor) {
            t0 = System.nanoTime();
            TimeUnit.MILLISECONDS.timedWait(monitor, 10);
            System.out.println("timedWait at least 10 ms: " + (System.nanoTime() - t0 >= 10_000_000L));
        }
    }
}
