// A null short array. The detail message must be HotSpot's.
public class NpeShortStore {
    static short[] samples;

    public static void main(String[] args) {
        System.out.println("store");
        samples[0] = (short) 12;
    }
}
