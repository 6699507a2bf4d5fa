// StringBuffer's methods are synchronized: three threads append to one buffer (each append of a
// whole token is atomic), and a compound check-then-act is made atomic by locking the buffer
// itself. The token counts and total length are printed, not the interleaving.
public class MonStringBuffer {
    public static void main(String[] args) throws InterruptedException {
        StringBuffer sb = new StringBuffer();
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final char c = (char) ('a' + i);
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 100; j++) {
                    sb.append(c).append(c).append(';');
                    if (j % 10 == 0) Thread.yield();
                }
                synchronized (sb) {
                    if (sb.indexOf("!") < 0) sb.append('!');
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        String s = sb.toString();
        int[] counts = new int[3];
        int bangs = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'a' && ch <= 'c') counts[ch - 'a']++;
            if (ch == '!') bangs++;
        }
        System.out.println("length " + s.length() + ", a " + counts[0] + ", b " + counts[1] + ", c " + counts[2]
                + ", bangs " + bangs);
    }
}
