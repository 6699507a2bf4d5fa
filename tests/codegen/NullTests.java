// Codegen expectations for NullFacts: the class library's own null tests of a String (TString's
// "if (self == null) Throw.nullPointer()"), inlined after a call site has checked the String, are
// decided by that check and disappear with their throwing path.
public class NullTests {
    // The call site's check of s (once, before the loop) decides every inlined test of s in the
    // loop: length() and charAt() are a load each, with no call of Throw.nullPointer left.
    // thumb: -Throw\.nullPointer\(\)V
    // thumb-loop: ldrh r\d
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    // A test "t != null" decides the library's own test of t on its non-null side only; the
    // "t == null" side still reports the null (the call site's NullPointerException).
    // thumb: -Throw\.nullPointer\(\)V
    static int lengthOrMinus(String t) {
        if (t != null) {
            return t.length();
        }
        return -1;
    }

    public static void main(String[] args) {
        System.out.println(commas("a,b,c") + lengthOrMinus("xy") + lengthOrMinus(null));
    }
}
