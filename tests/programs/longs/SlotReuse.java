// Local slots reused between long, int and reference, across handlers; long words that look like heap addresses under GC.
public class SlotReuse {
    static Object keep;
    public static void main(String[] args) {
        for (int i = 0; i < 6; i++) {
            if (i % 3 == 0) {
                long t = i * 0x1_0000_0001L;
                System.out.println("long " + t);
            } else if (i % 3 == 1) {
                String s = "s" + i;
                Object o = s + "!";
                keep = o;
                System.out.println(s + " " + o);
            } else {
                int u = i; long w = -u; Object z = "z";
                System.out.println(u + " " + w + " " + z);
            }
        }
        int n = 0;
        {
            long big = 0x7FFF_0000_1234L;
            n += (int) (big >>> 32);
        }
        {
            int x1 = 1; String s2 = "abc"; 
            n += x1 + s2.length();
        }
        {
            String r = null; long l2 = 99;
            try {
                if (n > 0) throw new RuntimeException("boom");
                r = "no";
            } catch (RuntimeException e) {
                l2 += 1;
                r = e.getMessage();
            }
            System.out.println(r + " " + l2 + " " + n);
        }
        // handler merges a slot that was long in one path and ref in another
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) { long q = 1L << (40 + i); System.out.println("q " + q); throw new IllegalStateException("q"); }
                if (i == 2) { String q = "str" + i; System.out.println(q); throw new IllegalStateException(q); }
                long q = -i; System.out.println("q2 " + q);
            } catch (IllegalStateException e) {
                long hnd = i * -0x1_0000_0000L;
                System.out.println("caught " + e.getMessage() + " " + hnd);
            }
        }
        // GC pressure with long-bearing objects and long words that look like pointers
        Node head = null;
        for (int i = 0; i < 300; i++) {
            Node nn = new Node();
            nn.v = ((long) i << 32) | 0x2000_0000L + i * 8; // low word looks like RAM address
            nn.next = head; nn.tag = "n" + i;
            head = nn;
        }
        long sum = 0; int cnt = 0;
        for (Node m = head; m != null; m = m.next) { sum += m.v; cnt += m.tag.length(); }
        System.out.println(sum + " " + cnt);
    }
    static class Node { long v; Node next; String tag; }
}
