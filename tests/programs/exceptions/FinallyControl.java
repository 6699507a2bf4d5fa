// finally blocks that transfer control: return in finally discards a pending exception or return
// value, break/continue in finally drop exceptions in loops, a labelled break out of three nested
// tries runs each finally once, and a finally holds its own try/catch. javac copies finally bodies
// into every exit path; a copy run twice or never shows in the trace.
public class FinallyControl {
    static String trace = "";

    static void t(String s) { trace += s + " "; }

    @SuppressWarnings("finally")
    static int swallow(boolean fail) {
        try {
            t("try");
            if (fail) throw new RuntimeException("lost");
            return 1;
        } finally {
            t("finally");
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int breakInFinally() {
        int n = 0;
        while (true) {
            try {
                n++;
                throw new IllegalStateException("dropped " + n);
            } finally {
                if (n == 3) break;
                continue; // also drops the exception, until n reaches 3
            }
        }
        return n;
    }

    @SuppressWarnings("finally")
    static int continueInFinally() {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i % 2 == 0) throw new RuntimeException("even");
                sum += 100;
            } finally {
                sum += i;
                continue;
            }
        }
        return sum;
    }

    static int labelledBreak() {
        int finals = 0;
        outer:
        for (int i = 0; i < 3; i++) {
            try {
                for (int j = 0; j < 3; j++) {
                    try {
                        try {
                            if (i == 1 && j == 1) break outer;
                            if (j == 2) continue outer;
                        } finally {
                            finals++;
                            t("f" + i + j);
                        }
                    } finally {
                        finals += 10;
                    }
                }
            } finally {
                finals += 100;
                t("F" + i);
            }
        }
        return finals;
    }

    static String finallyWithTry() {
        String r = "";
        try {
            r += "a";
            throw new ArithmeticException("x");
        } catch (ArithmeticException e) {
            r += "b";
            return r;
        } finally {
            try {
                r += "c";
                int z = r.length() - 3;
                t("in finally " + (10 / z));
            } catch (ArithmeticException e) {
                t("finally caught " + e.getMessage());
            } finally {
                t("inner finally");
            }
        }
    }

    static int returnInTryAndCatch(int k) {
        try {
            if (k == 0) return 10;
            int v = 100 / (k - 1);
            return v;
        } catch (ArithmeticException e) {
            return -1;
        } finally {
            t("done" + k);
        }
    }

    public static void main(String[] args) {
        System.out.println("swallow(false) " + swallow(false) + ", swallow(true) " + swallow(true) + " | " + trace);
        trace = "";
        System.out.println("breakInFinally " + breakInFinally());
        System.out.println("continueInFinally " + continueInFinally());
        System.out.println("labelledBreak " + labelledBreak() + " | " + trace);
        trace = "";
        System.out.println("finallyWithTry " + finallyWithTry() + " | " + trace);
        trace = "";
        System.out.println("returns " + returnInTryAndCatch(0) + " " + returnInTryAndCatch(1) + " " + returnInTryAndCatch(5) + " | " + trace);
    }
}
