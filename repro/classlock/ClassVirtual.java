// A Class object reached through an Object[] (so the call is a virtual dispatch on an Object the
// compiler cannot see is a Class): hashCode() reads from 0x40040 and the emulator stops
// ("Read from invalid memory address: 40040"). HotSpot: true / ClassVirtual.
public class ClassVirtual {
    public static void main(String[] args) {
        Object[] monitors = {ClassVirtual.class};
        Object m = monitors[0];
        System.out.println("identity " + (System.identityHashCode(m) == System.identityHashCode(m)));
        System.out.println("hashCode " + (m.hashCode() == m.hashCode()));
        System.out.println("toString " + m);
    }
}
