// Boxed Short and Byte: autoboxing through valueOf (cached from -128 to 127, so == holds there),
// unboxing, equals/hashCode/compareTo/toString, parse with the JDK's range messages, and as
// arguments of String.format (%d, %x in their own width, %c as code points).
public class ShortByteBoxes {
    static Object box(short s) {
        return s;
    }

    public static void main(String[] args) {
        Short a = 100;
        Short b = 100;
        Short c = 1000;
        Short d = 1000;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + c.hashCode() + " " + c.compareTo(a));
        Byte x = -5;
        Byte y = -5;
        System.out.println((x == y) + " " + x + " " + x.hashCode() + " " + x.intValue() + " " + Byte.toUnsignedInt(x));
        short sum = 0;
        for (Short s : new Short[] {1, 2, 3, -30000}) {
            sum += s;
        }
        System.out.println(sum + " " + Short.toString(sum) + " " + Short.valueOf("-123") + " " + Byte.parseByte("7f", 16));
        System.out.println(Short.compare((short) -1, (short) 1) + " " + Byte.compare((byte) 100, (byte) -100)
                + " " + Short.reverseBytes((short) 0x1234) + " " + Short.toUnsignedInt((short) -1));
        Object o = box((short) -2);
        System.out.println(o instanceof Short s && s == -2);
        System.out.println(o.getClass().getName() + " " + ((Object) x).getClass().getName());
        System.out.println(String.format("%d %d %x %x %o %c %c", (short) -300, (byte) -3, (short) -300, (byte) -3,
                (byte) -1, (byte) 65, (short) 0x263A));
        for (String t : new String[] {"40000", "-129", "12a", "127"}) {
            try {
                System.out.println(Byte.parseByte(t) + " " + Short.parseShort(t));
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
