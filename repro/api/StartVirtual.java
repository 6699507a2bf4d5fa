// Thread.startVirtualThread exists in TThread but the build says it is not supported.
public class StartVirtual {
    public static void main(String[] args) throws InterruptedException {
        Thread t = Thread.startVirtualThread(() -> System.out.println("virtual runs"));
        t.join();
        System.out.println("done");
    }
}
