// The non-blocking concurrent collections and ThreadLocal: workers append to a
// ConcurrentLinkedQueue and a CopyOnWriteArrayList (its iterators are snapshots that never throw
// ConcurrentModificationException), addIfAbsent, and a ThreadLocal counter per thread with
// withInitial, set, get and remove.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

public class JucSharedCollections {
    static final ThreadLocal<StringBuilder> LOG = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<Integer> ID = new ThreadLocal<>();

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>();
        String[] logs = new String[4];
        List<Thread> ts = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            final int id = w;
            Thread t = new Thread(() -> {
                ID.set(id);
                for (int i = 0; i < 50; i++) {
                    queue.offer(id * 100 + i);
                    if (i % 10 == 0) {
                        list.addIfAbsent("w" + id + "-" + i / 20);
                        LOG.get().append(i).append(',');
                    }
                }
                logs[id] = "thread " + ID.get() + " logged " + LOG.get();
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (String log : logs) {
            System.out.println(log);
        }
        System.out.println("main's ID " + ID.get() + ", main's log '" + LOG.get() + "'");
        ID.set(42);
        ID.remove();
        System.out.println("after remove " + ID.get());

        long sum = 0;
        int n = queue.size();
        for (Integer x; (x = queue.poll()) != null;) {
            sum += x;
        }
        System.out.println("queue had " + n + ", sum " + sum + ", empty now " + queue.isEmpty() + ", peek " + queue.peek());

        List<String> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        System.out.println(list.size() + " distinct: " + sorted);
        CopyOnWriteArrayList<Integer> nums = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        for (Integer x : nums) {
            nums.add(x * 10);
        }
        System.out.println("grown while iterating: " + nums);
        Iterator<Integer> it = nums.iterator();
        it.next();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("snapshot iterator remove: UnsupportedOperationException");
        }
        nums.removeIf(x -> x % 20 == 0);
        nums.add(1, 99);
        System.out.println(nums + " indexOf(30) " + nums.indexOf(30) + " equals " + nums.equals(List.of(1, 99, 2, 3, 10, 30)));
    }
}
