// Channels: timers and tickers. A timer fires once after its delay; stop before it fires returns
// true and nothing arrives; a ticker ticks until stopped; ticks come at least a period apart.
import rtgo.Chan;
import rtgo.Select;
import rtgo.Ticker;
import rtgo.Timer;

public class ChanTimerTicker {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Timer t = new Timer(30);
        Long when = t.channel().receive();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("timer fired: " + (when != null) + ", after >= 30 ms: " + (ms >= 30));
        System.out.println("stop after firing: " + t.stop());
        System.out.println("nothing more: " + (t.channel().tryReceive() == null));

        Timer never = new Timer(50);
        System.out.println("stop before firing: " + never.stop());
        System.out.println("stop again: " + never.stop());
        Select s = new Select().receive(never.channel()).timeout(80);
        System.out.println("stopped timer is silent: " + (s.select() == Select.TIMEOUT));

        t0 = System.nanoTime();
        Ticker tk = new Ticker(10);
        int ticks = 0;
        for (Long tick : tk.channel()) {
            ticks++;
            if (ticks == 5) {
                break;
            }
        }
        tk.stop();
        ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("ticks " + ticks + ", took >= 50 ms: " + (ms >= 50));
        tk.channel().tryReceive();
        Select quiet = new Select().receive(tk.channel()).timeout(40);
        System.out.println("stopped ticker is silent: " + (quiet.select() == Select.TIMEOUT));

        Chan<Long> after = Timer.after(5);
        System.out.println("after: " + (after.receive() != null) + " cap " + after.cap());
    }
}
