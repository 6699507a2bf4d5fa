// byte and boolean arrays share their bytecodes, and HotSpot's wording. The detail message must be HotSpot's.
public class NpeByteStore {
    public static void main(String[] args) {
        byte[] buf = new byte[2];
        buf[1] = 7;
        System.out.println(buf[1]);
        buf = null;
        buf[0] = 1;
    }
}
