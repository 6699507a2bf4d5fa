package rtgo.usb;

import java.io.IOException;
import java.util.Optional;
import net.codecrete.usb.Usb;
import net.codecrete.usb.UsbAlternateInterface;
import net.codecrete.usb.UsbControlTransfer;
import net.codecrete.usb.UsbDevice;
import net.codecrete.usb.UsbDirection;
import net.codecrete.usb.UsbEndpoint;
import net.codecrete.usb.UsbException;
import net.codecrete.usb.UsbInterface;
import net.codecrete.usb.UsbRecipient;
import net.codecrete.usb.UsbRequestType;
import net.codecrete.usb.UsbTransferType;
import rtgo.flash.FlashException;
import rtgo.flash.Picoboot;
import rtgo.flash.PicobootLink;
import rtgo.flash.PicobootUsb;

/**
 * The PICOBOOT interface of an RP2040 in BOOTSEL mode through java-does-usb: finds USB device
 * 2E8A:0003, its vendor-class interface (0xFF) with one bulk endpoint each way, claims it, and moves
 * bytes; the protocol itself is {@link rtgo.flash.PicobootSession}.
 *
 * <p>Design note. java-does-usb over usb4java: it is pure Java over the FFM API (no native library to
 * ship per platform, maintained, on Maven Central), at the price of Java 22; usb4java bundles a libusb
 * build from 2016 and has not been released since. The price is paid by this module alone: the rest
 * of rtgo stays on Java 21 and asks for this back end only on 22 or newer.
 */
public final class JavaDoesUsbPicoboot implements PicobootUsb {
    private static final int VENDOR_CLASS = 0xFF;
    private static final int TIMEOUT_MILLIS = 10_000;

    @Override
    public Optional<PicobootLink> open() throws FlashException {
        Optional<UsbDevice> found;
        try {
            found = Usb.findDevice(Picoboot.VENDOR_ID, Picoboot.PRODUCT_ID_RP2040_BOOT);
        } catch (UsbException | UnsatisfiedLinkError | IllegalCallerException e) {
            throw new FlashException("cannot list USB devices: " + e.getMessage()
                    + "\nhint: install picotool, or copy the .uf2 onto the RPI-RP2 drive", e);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UsbDevice device = found.get();
        UsbInterface picoboot = null;
        UsbEndpoint out = null;
        UsbEndpoint in = null;
        for (UsbInterface i : device.getInterfaces()) {
            UsbAlternateInterface alt = i.getCurrentAlternate();
            if (alt.getClassCode() != VENDOR_CLASS) {
                continue;
            }
            for (UsbEndpoint e : alt.getEndpoints()) {
                if (e.getTransferType() == UsbTransferType.BULK) {
                    if (e.getDirection() == UsbDirection.OUT) {
                        out = e;
                    } else {
                        in = e;
                    }
                }
            }
            picoboot = i;
        }
        if (picoboot == null || out == null || in == null) {
            throw new FlashException("the RP2040 in BOOTSEL mode has no PICOBOOT interface (its bootrom has "
                    + "it disabled?)\nhint: copy the .uf2 onto the RPI-RP2 drive instead");
        }
        try {
            device.open();
            device.claimInterface(picoboot.getNumber());
        } catch (UsbException e) {
            try {
                device.close();
            } catch (UsbException ignored) {
                // it was not open
            }
            throw new FlashException("found an RP2040 in BOOTSEL mode but cannot open it: " + e.getMessage()
                    + "\nhint: on Linux, let your user access USB device 2e8a:0003 with a udev rule such as\n"
                    + "  SUBSYSTEM==\"usb\", ATTRS{idVendor}==\"2e8a\", ATTRS{idProduct}==\"0003\", MODE=\"0666\"\n"
                    + "in /etc/udev/rules.d/99-pico.rules (then unplug and replug), or run picotool once with sudo", e);
        }
        return Optional.of(new Link(device, picoboot.getNumber(), out.getNumber(), in.getNumber(), in.getPacketSize()));
    }

    /** A claimed interface; every USB failure becomes an IOException for the session to explain. */
    private record Link(UsbDevice device, int iface, int out, int in, int packetSize) implements PicobootLink {
        @Override
        public void bulkOut(byte[] data) throws IOException {
            try {
                device.transferOut(out, data, 0, data.length, TIMEOUT_MILLIS);
            } catch (UsbException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public byte[] bulkIn(int length) throws IOException {
            try {
                byte[] all = new byte[length];
                int got = 0;
                do {
                    byte[] packet = device.transferIn(in, TIMEOUT_MILLIS);
                    System.arraycopy(packet, 0, all, got, Math.min(packet.length, length - got));
                    got += packet.length;
                    if (packet.length < packetSize) {
                        break; // a short packet ends the transfer
                    }
                } while (got < length);
                return got >= length ? all : java.util.Arrays.copyOf(all, got);
            } catch (UsbException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void controlOut(int request) throws IOException {
            try {
                device.controlTransferOut(new UsbControlTransfer(UsbRequestType.VENDOR, UsbRecipient.INTERFACE,
                        request, 0, iface), null);
            } catch (UsbException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public byte[] controlIn(int request, int length) throws IOException {
            try {
                return device.controlTransferIn(new UsbControlTransfer(UsbRequestType.VENDOR, UsbRecipient.INTERFACE,
                        request, 0, iface), length);
            } catch (UsbException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                device.releaseInterface(iface);
            } catch (UsbException e) {
                // the board has rebooted and left the bus: nothing is left to release
            } finally {
                try {
                    device.close();
                } catch (UsbException ignored) {
                    // already gone
                }
            }
        }
    }
}
