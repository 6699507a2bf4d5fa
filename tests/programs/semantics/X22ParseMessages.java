// Extra: NumberFormatException and friends: exact messages for radix parses, null strings, overflow, bad radix, Byte/Short range errors, Double/Float parse null
import java.util.function.*;
public class X22ParseMessages {
    static void t(String name, Supplier<Object> s) {
        try { System.out.println(name + " = " + s.get()); }
        catch (RuntimeException e) { System.out.println(name + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        t("int '' r16", () -> Integer.parseInt("", 16));
        t("int 99 r8", () -> Integer.parseInt("99", 8));
        t("int null", () -> Integer.parseInt(null));
        t("int valueOf null", () -> Integer.valueOf(null));
        t("int r40", () -> Integer.parseInt("1", 40));
        t("int r1", () -> Integer.parseInt("1", 1));
        t("int overflow r16", () -> Integer.parseInt("80000000", 16));
        t("int -", () -> Integer.parseInt("-"));
        t("long '' r2", () -> Long.parseLong("", 2));
        t("long 2 r2", () -> Long.parseLong("102", 2));
        t("long null", () -> Long.parseLong(null));
        t("long overflow", () -> Long.parseLong("99999999999999999999"));
        t("long r37", () -> Long.parseLong("1", 37));
        t("long valueOf r36", () -> Long.valueOf("-zzzzzzzzzzzz", 36));
        t("byte 128", () -> Byte.parseByte("128"));
        t("byte -129 r10", () -> Byte.parseByte("-129", 10));
        t("byte ff r16", () -> Byte.parseByte("ff", 16));
        t("short 40000", () -> Short.parseShort("40000"));
        t("short valueOf", () -> Short.valueOf("-32768"));
        t("double null", () -> Double.parseDouble(null));
        t("float null", () -> Float.parseFloat(null));
        t("double bad", () -> Double.parseDouble("1.2.3"));
        t("double empty", () -> Double.parseDouble(""));
        t("double ws", () -> Double.parseDouble("   "));
        t("double suffix", () -> Double.parseDouble("1.5d"));
        t("float suffix", () -> Float.parseFloat("2.5F"));
        t("double hex", () -> Double.parseDouble("-0x1.8p1"));
        t("bool null", () -> Boolean.parseBoolean(null));
        t("bool TRUE", () -> Boolean.valueOf("TRUE"));
        t("char digit", () -> Character.digit('z', 36) + "," + Character.digit('9', 8) + "," + Character.digit('a', 50));
        t("forDigit bad", () -> (int) Character.forDigit(5, 2) + "," + (int) Character.forDigit(-1, 10) + "," + Character.forDigit(11, 40));
    }
}
