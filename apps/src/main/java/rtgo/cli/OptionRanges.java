package rtgo.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import rtgo.emu.RunOptions;

/**
 * picocli converters for the numeric options, so an out-of-range value is refused while the command
 * line is parsed (a usage error, exit 2, naming the option) instead of being accepted and then
 * misbehaving: a timeout of Infinity that ends the run at once, 1e15 seconds that overflows the
 * milliseconds the emulator is given, a cycle count the harness cannot count exactly.
 */
final class OptionRanges {
    private OptionRanges() {}

    /** The shortest timeout: the harness measures wall-clock time in whole milliseconds. */
    static final double MIN_TIMEOUT_SECONDS = 0.001;
    static final double MAX_TIMEOUT_SECONDS = RunOptions.MAX_TIMEOUT_MILLIS / 1000.0;

    /** --timeout: a finite number of seconds from a millisecond to a day. */
    static final class TimeoutSeconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double seconds;
            try {
                seconds = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a number of seconds");
            }
            if (!(seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS)) {
                throw new TypeConversionException("'" + text + "' is out of range: give seconds from "
                        + MIN_TIMEOUT_SECONDS + " to " + String.format(Locale.ROOT, "%.0f", MAX_TIMEOUT_SECONDS)
                        + " (a day)");
            }
            return seconds;
        }
    }

    /** --max-cycles: a whole number from 1 to 2^53 - 1; underscores may group the digits (1_000_000). */
    static final class MaxCycles implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            String digits = text.strip().replace("_", "");
            long cycles;
            try {
                cycles = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a whole number of cycles from 1 to "
                        + RunOptions.MAX_CYCLES);
            }
            if (cycles < 1 || cycles > RunOptions.MAX_CYCLES) {
                throw new TypeConversionException("'" + text + "' is out of range: give cycles from 1 to "
                        + RunOptions.MAX_CYCLES + " (125,000,000 make a second of device time)");
            }
            return cycles;
        }
    }
}
