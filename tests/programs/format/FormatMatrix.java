// A cross product run on the device: every subset of the flags -#+ 0,( with a width, with and
// without a precision, for each conversion, over a long and a string. Each result (text or
// exception) goes into a hash per conversion, printed with the count and a sample, so a single
// differing answer shows up as a different hash. (Most combinations throw, and an exception costs
// some 25k cycles on the device: the cross product is kept small for the corpus's cycle limit.)
public class FormatMatrix {
    public static void main(String[] args) {
        String flagChars = "-#+ 0,(";
        String[] widths = {"7"};
        String[] precisions = {"", ".3"};
        String conversions = "dxXscbB%nf";
        Object[] values = {Long.MIN_VALUE, "text"};
        for (int c = 0; c < conversions.length(); c++) {
            int hash = 0;
            int count = 0;
            int failures = 0;
            String sample = "";
            for (int set = 0; set < 1 << flagChars.length(); set++) {
                StringBuilder flags = new StringBuilder();
                for (int k = 0; k < flagChars.length(); k++) {
                    if ((set & (1 << k)) != 0) {
                        flags.append(flagChars.charAt(k));
                    }
                }
                for (String w : widths) {
                    for (String p : precisions) {
                        String format = "<%" + flags + w + p + conversions.charAt(c) + ">";
                        for (Object v : values) {
                            String result;
                            try {
                                result = String.format(format, v);
                            } catch (RuntimeException e) {
                                result = e.toString();
                                failures++;
                            }
                            hash = hash * 31 + result.hashCode();
                            count++;
                            if (count == 300) {
                                sample = format + " " + result;
                            }
                        }
                    }
                }
            }
            System.out.println(conversions.charAt(c) + ": " + count + " formats, " + failures + " failed, hash "
                    + Integer.toHexString(hash) + ", e.g. " + sample);
        }
    }
}
