// wait/notify ping-pong: two threads take turns through one monitor and a turn variable, so the
// lines alternate ping, pong, ping... for ten rounds whatever the scheduler does.
public class MonPingPong {
    static final Object lock = new Object();
    static int turn;       // 0: ping's turn, 1: pong's turn

    static void player(String word, int mine, int rounds) {
        for (int i = 0; i < rounds; i++) {
            synchronized (lock) {
                while (turn != mine) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                System.out.println(word + " " + i);
                turn = 1 - mine;
                lock.notify();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread pong = new Thread(() -> player("pong", 1, 10));
        Thread ping = new Thread(() -> player("ping", 0, 10));
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        System.out.println("rally over");
    }
}
