// Rejected: networking (the Pico has no network stack).
import java.net.InetAddress;

public class Sockets {
    public static void main(String[] a) throws Exception {
        System.out.println("start");
        InetAddress h = InetAddress.getByName("localhost"); // ERROR: java.net
        System.out.println(h);
    }
}
