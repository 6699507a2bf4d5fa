package rtgo.flash;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The PICOBOOT protocol of the RP2040 bootrom (RP2040 datasheet 2.8.5): the commands a host sends
 * to the vendor interface (class 0xFF) of a board in BOOTSEL mode, USB VID 0x2E8A PID 0x0003.
 *
 * <p>Every command is one 32-byte packet on the interface's bulk OUT endpoint, all words
 * little-endian: dMagic 0x431fd10b, dToken (echoed in the status, chosen by the host), bCmdId (bit 7
 * set when the data phase goes device-to-host), bCmdSize (how many of the 16 argument bytes count),
 * two unused bytes, dTransferLength (bytes in the data phase), then 16 argument bytes. A data phase,
 * if any, follows on the bulk endpoint of the command's direction; then the side that did not send
 * data acknowledges with a zero-length packet the other way. Two vendor control requests to the
 * interface complete the protocol: INTERFACE_RESET (0x41) and GET_COMMAND_STATUS (0x42).
 *
 * <p>This class only encodes; {@link PicobootSession} runs commands over a {@link PicobootLink}.
 */
public final class Picoboot {
    private Picoboot() {}

    public static final int VENDOR_ID = 0x2E8A;
    /** The RP2040 bootrom's product id in BOOTSEL mode (mass storage plus PICOBOOT). */
    public static final int PRODUCT_ID_RP2040_BOOT = 0x0003;
    public static final int MAGIC = 0x431fd10b;
    public static final int COMMAND_SIZE = 32;

    public static final int CMD_EXCLUSIVE_ACCESS = 0x01;
    public static final int CMD_REBOOT = 0x02;
    public static final int CMD_FLASH_ERASE = 0x03;
    public static final int CMD_READ = 0x84;
    public static final int CMD_WRITE = 0x05;
    public static final int CMD_EXIT_XIP = 0x06;
    public static final int CMD_ENTER_CMD_XIP = 0x07;

    /** EXCLUSIVE_ACCESS argument: lock out the mass-storage drive while we write. */
    public static final int EXCLUSIVE = 1;
    /** Vendor control request to the interface: reset the endpoints and any command in progress. */
    public static final int REQUEST_INTERFACE_RESET = 0x41;
    /** Vendor control request to the interface: 16 bytes of status of the last command. */
    public static final int REQUEST_COMMAND_STATUS = 0x42;
    /** Where REBOOT puts the stack pointer: the top of SRAM, as the bootrom would. */
    public static final int SRAM_END = 0x20042000;

    /** Whether a command's data phase, and so its id's bit 7, goes device-to-host. */
    public static boolean isIn(byte[] command) {
        return (command[8] & 0x80) != 0;
    }

    /** The data-phase length a command announces. */
    public static int transferLength(byte[] command) {
        return ByteBuffer.wrap(command).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
    }

    /** EXCLUSIVE_ACCESS (bExclusive: 0 none, 1 exclusive, 2 exclusive and eject the drive). */
    public static byte[] exclusiveAccess(int token, int exclusive) {
        return command(token, CMD_EXCLUSIVE_ACCESS, 1, 0).put(16, (byte) exclusive).array();
    }

    /** EXIT_XIP: leave execute-in-place so the flash takes erase and program commands. */
    public static byte[] exitXip(int token) {
        return command(token, CMD_EXIT_XIP, 0, 0).array();
    }

    /** ENTER_CMD_XIP: back to a (slow) execute-in-place mode. */
    public static byte[] enterCmdXip(int token) {
        return command(token, CMD_ENTER_CMD_XIP, 0, 0).array();
    }

    /** FLASH_ERASE of {@code size} bytes at {@code address} (both 4 KiB multiples). */
    public static byte[] flashErase(int token, int address, int size) {
        return command(token, CMD_FLASH_ERASE, 8, 0).putInt(16, address).putInt(20, size).array();
    }

    /** WRITE of {@code size} bytes at {@code address}; the bytes follow as the data phase. */
    public static byte[] write(int token, int address, int size) {
        return command(token, CMD_WRITE, 8, size).putInt(16, address).putInt(20, size).array();
    }

    /** READ of {@code size} bytes at {@code address}; they come back as the data phase. */
    public static byte[] read(int token, int address, int size) {
        return command(token, CMD_READ, 8, size).putInt(16, address).putInt(20, size).array();
    }

    /** REBOOT: pc 0 means a normal boot (from flash), after {@code delayMillis}. */
    public static byte[] reboot(int token, int pc, int sp, int delayMillis) {
        return command(token, CMD_REBOOT, 12, 0).putInt(16, pc).putInt(20, sp).putInt(24, delayMillis).array();
    }

    private static ByteBuffer command(int token, int id, int argSize, int transferLength) {
        return ByteBuffer.allocate(COMMAND_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0, MAGIC)
                .putInt(4, token)
                .put(8, (byte) id)
                .put(9, (byte) argSize)
                .putInt(12, transferLength);
    }

    /**
     * The status GET_COMMAND_STATUS returns: dToken, dStatusCode, bCmdId, bInProgress (then six
     * reserved bytes). Status 0 is OK.
     */
    public record Status(int token, int code, int commandId, boolean inProgress) {
        public static Status parse(byte[] bytes) {
            if (bytes.length < 10) {
                throw new IllegalArgumentException("PICOBOOT status is 16 bytes, got " + bytes.length);
            }
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            return new Status(b.getInt(0), b.getInt(4), b.get(8) & 0xff, b.get(9) != 0);
        }

        /** The datasheet's name for a status code (2.8.5.5). */
        public String codeName() {
            return switch (code) {
                case 0 -> "OK";
                case 1 -> "UNKNOWN_CMD";
                case 2 -> "INVALID_CMD_LENGTH";
                case 3 -> "INVALID_TRANSFER_LENGTH";
                case 4 -> "INVALID_ADDRESS";
                case 5 -> "BAD_ALIGNMENT";
                case 6 -> "INTERLEAVED_WRITE";
                case 7 -> "REBOOTING";
                case 8 -> "UNKNOWN_ERROR";
                default -> "status " + code;
            };
        }
    }
}
