public class ExFinallyNesting {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int threeLevels(int mode) {
        try {
            try {
                try {
                    log.append("body");
                    if (mode == 1) throw new IllegalArgumentException("m1");
                    return 1;
                } finally {
                    log.append("-f1");
                    if (mode == 2) throw new IllegalStateException("f1 throws");
                }
            } finally {
                log.append("-f2");
                if (mode == 3) return 3;
            }
        } catch (IllegalStateException e) {
            log.append("-c:").append(e.getMessage());
            return 4;
        } finally {
            log.append("-f3");
            if (mode == 4) throw new UnsupportedOperationException("f3 throws");
        }
    }

    static String breakThroughFinallies() {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        outer:
        for (int i = 0; i < 4; i++) {
            try {
                middle:
                for (int j = 0; j < 4; j++) {
                    try {
                        try {
                            count++;
                            if (i == 1 && j == 1) continue outer;
                            if (i == 2 && j == 2) break middle;
                            if (i == 3 && j == 1) break outer;
                            if (j == 3) throw new RuntimeException("i" + i);
                        } finally {
                            sb.append('a');
                        }
                    } finally {
                        sb.append('b');
                    }
                }
            } catch (RuntimeException e) {
                sb.append('[').append(e.getMessage()).append(']');
            } finally {
                sb.append('c').append(i);
            }
        }
        return sb + " count=" + count;
    }

    static int doWhileFinally() {
        int i = 0, sum = 0;
        do {
            try {
                i++;
                if (i % 3 == 0) continue;
                sum += i;
                if (i == 8) throw new ArithmeticException("eight");
            } catch (ArithmeticException e) {
                sum += 1000;
            } finally {
                sum *= 2;
                sum %= 100000;
            }
        } while (i < 10);
        return sum;
    }

    static String labeledBlock(int k) {
        StringBuilder sb = new StringBuilder();
        blk:
        {
            try {
                sb.append("in");
                if (k == 0) break blk;
                if (k == 1) throw new IllegalStateException();
                sb.append("-mid");
            } catch (IllegalStateException e) {
                sb.append("-caught");
                break blk;
            } finally {
                sb.append("-fin");
            }
            sb.append("-after");
        }
        return sb.append("-out").toString();
    }

    static int switchFinally(int k) {
        int r = 0;
        switch (k) {
            case 0:
                try { r += 1; } finally { r += 10; }
            case 1:
                try { r += 2; if (k == 1) throw new IllegalStateException(); } catch (IllegalStateException e) { r += 20; } finally { r += 200; }
            case 2:
                try { r += 3; if (k == 2) return r; } finally { r += 3000; log.append("sw" + k + ";"); }
                break;
            default:
                r = -1;
        }
        return r;
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 4; m++) {
            try {
                System.out.println("threeLevels(" + m + ")=" + threeLevels(m) + " " + log);
            } catch (RuntimeException e) {
                System.out.println("threeLevels(" + m + ") threw " + e + " " + log);
            }
            log.setLength(0);
        }
        System.out.println(breakThroughFinallies());
        System.out.println("doWhile=" + doWhileFinally());
        for (int k = 0; k < 3; k++) System.out.println("labeled(" + k + ")=" + labeledBlock(k));
        for (int k = 0; k < 4; k++) System.out.println("switchFinally(" + k + ")=" + switchFinally(k));
        System.out.println(log);
    }
}
