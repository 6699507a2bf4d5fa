package rtgo.flash;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Programs a {@link FlashPlan} over PICOBOOT, the way the datasheet lays out a flash update (2.8.5):
 * reset the interface, take exclusive access (the mass-storage drive goes read-only so nothing
 * writes behind our back), leave XIP, erase, write, and reboot into the new program.
 *
 * <p>Each command is its 32-byte packet, its data phase if it has one, then the acknowledgement: a
 * zero-length packet from the device (for commands whose data, if any, went out), or one to the
 * device (for READ). A command the bootrom rejects stalls the endpoint; the link throws, and the
 * session asks GET_COMMAND_STATUS why, so the message names the command and the bootrom's reason.
 */
public final class PicobootSession {
    /** The bootrom reboots this long after acknowledging REBOOT, so the acknowledgement gets out. */
    static final int REBOOT_DELAY_MILLIS = 500;

    private final PicobootLink link;
    private int token = 1;

    public PicobootSession(PicobootLink link) {
        this.link = link;
    }

    /** Erases and writes the plan, then reboots the board into it. */
    public void program(FlashPlan plan, Consumer<String> log) throws FlashException {
        try {
            link.controlOut(Picoboot.REQUEST_INTERFACE_RESET);
        } catch (IOException e) {
            throw new FlashException("the board did not accept PICOBOOT's interface reset: " + e.getMessage(), e);
        }
        run(Picoboot.exclusiveAccess(token++, Picoboot.EXCLUSIVE), null, "EXCLUSIVE_ACCESS");
        run(Picoboot.exitXip(token++), null, "EXIT_XIP");
        for (FlashPlan.Erase e : plan.erases()) {
            run(Picoboot.flashErase(token++, e.address(), e.size()), null,
                    "FLASH_ERASE 0x" + Integer.toHexString(e.address()) + "+" + e.size());
        }
        int written = 0;
        int lastPercent = -1;
        for (FlashPlan.Write w : plan.writes()) {
            byte[] data = w.data();
            run(Picoboot.write(token++, w.address(), data.length), data,
                    "WRITE 0x" + Integer.toHexString(w.address()) + "+" + data.length);
            written += data.length;
            int percent = (int) (100L * written / plan.bytes());
            if (percent / 25 != lastPercent / 25) {
                log.accept(String.format(java.util.Locale.ROOT, "written %,d of %,d bytes", written, plan.bytes()));
                lastPercent = percent;
            }
        }
        run(Picoboot.reboot(token++, 0, Picoboot.SRAM_END, REBOOT_DELAY_MILLIS), null, "REBOOT");
    }

    /** One command: packet, data phase (OUT, or IN of the announced length), acknowledgement. */
    byte[] run(byte[] command, byte[] dataOut, String what) throws FlashException {
        try {
            link.bulkOut(command);
            byte[] in = null;
            if (Picoboot.isIn(command)) {
                in = link.bulkIn(Picoboot.transferLength(command));
                link.bulkOut(new byte[0]);
            } else {
                if (dataOut != null) {
                    link.bulkOut(dataOut);
                }
                link.bulkIn(0);
            }
            return in;
        } catch (IOException e) {
            String why = e.getMessage();
            try {
                Picoboot.Status s = Picoboot.Status.parse(link.controlIn(Picoboot.REQUEST_COMMAND_STATUS, 16));
                why = "the bootrom says " + s.codeName();
            } catch (IOException | IllegalArgumentException ignored) {
                // keep the transfer's own message
            }
            throw new FlashException("PICOBOOT " + what + " failed: " + why, e);
        }
    }
}
