// Rejected: Java serialization (no object streams on the device).
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;

public class Serialization {
    public static void main(String[] a) throws Exception {
        System.out.println("start");
        ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream()); // ERROR: ObjectOutputStream
        out.writeInt(1);
    }
}
