// Rejected: time zones (no wall clock on the device).
import java.time.ZoneId;

public class TimeZones {
    public static void main(String[] a) {
        System.out.println("start");
        ZoneId z = ZoneId.of("Europe/Paris"); // ERROR: ZoneId
        System.out.println(z);
    }
}
