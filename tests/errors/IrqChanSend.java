// Rejected: an interrupt handler that sends on a channel with the blocking send (the buffer may be
// full, and a handler cannot wait); Chan.trySend is the handler's way to send.
import rtgo.Chan;
import rtgo.hal.Interrupt;

public class IrqChanSend {
    static final Chan<Integer> events = new Chan<>(4);
    static final Integer one = 1;

    @Interrupt("IO_IRQ_BANK0")
    static void edge() {
        events.send(one); // ERROR: Chan.send
    }

    public static void main(String[] args) {
        System.out.println("start");
    }
}
