package rtgo.vm;

/** Shared failure for intrinsics called on a desktop JVM, where there is no RP2040 to talk to. */
final class Intrinsic {
    private Intrinsic() {}

    static UnsupportedOperationException hostCall(String name) {
        return new UnsupportedOperationException(
                "rtgo.vm." + name + " is an RP2040 intrinsic: it only runs in code built by rtgo for the device");
    }
}
