// Thread.ofVirtual().start(...) and a named builder.
public class OfVirtual {
    public static void main(String[] args) throws InterruptedException {
        Thread t = Thread.ofVirtual().start(() -> System.out.println("virtual runs"));
        t.join();
        Thread u = Thread.ofVirtual().name("v-", 1).start(() -> System.out.println(Thread.currentThread().getName()));
        u.join();
        System.out.println("done " + t.isVirtual() + " " + t.isDaemon() + " '" + t.getName() + "'");
    }
}
