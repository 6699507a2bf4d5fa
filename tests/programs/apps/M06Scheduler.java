// Mixed: priority scheduler simulation: tasks with priority/aging, PriorityQueue with comparator chain, preemption by quantum, deadlines, stats in longs/doubles
import java.util.*;
public class M06Scheduler {
    static final class Task {
        final int id; final String name; int prio; final long arrival, burst, deadline; long remaining, start = -1, finish = -1, waited;
        Task(int id, String name, int prio, long arrival, long burst, long deadline) { this.id = id; this.name = name; this.prio = prio; this.arrival = arrival; this.burst = burst; this.deadline = deadline; remaining = burst; }
        public String toString() { return name + "(p" + prio + ",r" + remaining + ")"; }
    }
    interface Policy { Comparator<Task> order(); String name(); }
    static List<String> simulate(List<Task> tasks, Policy pol, long quantum) {
        List<String> log = new ArrayList<>();
        PriorityQueue<Task> ready = new PriorityQueue<>(pol.order());
        ArrayDeque<Task> incoming = new ArrayDeque<>(tasks);
        long t = 0; Task cur = null; long slice = 0; int switches = 0;
        List<Task> done = new ArrayList<>();
        while (done.size() < tasks.size()) {
            while (!incoming.isEmpty() && incoming.peek().arrival <= t) ready.add(incoming.poll());
            if (cur != null && (cur.remaining == 0 || slice >= quantum)) {
                if (cur.remaining == 0) { cur.finish = t; done.add(cur); log.add(t + ": done " + cur.name); }
                else ready.add(cur);
                cur = null;
            }
            if (cur == null && !ready.isEmpty()) {
                cur = ready.poll(); slice = 0; switches++;
                if (cur.start < 0) cur.start = t;
                List<Task> aged = new ArrayList<>(ready); ready.clear();
                for (Task w : aged) { w.waited++; if (w.waited % 3 == 0 && w.prio > 0) w.prio--; ready.add(w); }
            }
            if (cur != null) { cur.remaining--; slice++; }
            t++;
            if (t > 10000) throw new IllegalStateException("runaway");
        }
        long turnaround = 0, waitTotal = 0; int missed = 0;
        for (Task k : done) { turnaround += k.finish - k.arrival; waitTotal += k.finish - k.arrival - k.burst; if (k.finish > k.deadline) missed++; }
        log.add(String.format("%s: t=%d switches=%d avgTurn=%s avgWait=%s missed=%d", pol.name(), t, switches, (double) turnaround / done.size(), (double) waitTotal / done.size(), missed));
        StringBuilder order = new StringBuilder();
        for (Task k : done) order.append(k.name).append(' ');
        log.add("order " + order.toString().trim());
        return log;
    }
    static List<Task> workload() {
        Random r = new Random(77);
        List<Task> ts = new ArrayList<>();
        long arr = 0;
        for (int i = 0; i < 12; i++) { arr += r.nextInt(4); long b = 1 + r.nextInt(9); ts.add(new Task(i, "T" + i, r.nextInt(5), arr, b, arr + b * 3)); }
        return ts;
    }
    public static void main(String[] args) {
        Policy[] pols = {
            new Policy() { public Comparator<Task> order() { return Comparator.comparingInt((Task k) -> k.prio).thenComparingInt(k -> k.id); } public String name() { return "prio"; } },
            new Policy() { public Comparator<Task> order() { return Comparator.comparing((Task k) -> k.remaining).thenComparing(k -> k.id); } public String name() { return "srtf"; } },
            new Policy() { public Comparator<Task> order() { return Comparator.comparing((Task k) -> k.deadline).thenComparing(k -> k.name); } public String name() { return "edf"; } },
            new Policy() { public Comparator<Task> order() { return Comparator.comparing((Task k) -> k.arrival).thenComparing(k -> k.id, Comparator.reverseOrder()); } public String name() { return "fifo"; } },
        };
        System.out.println(workload());
        for (Policy p : pols) for (long q : new long[] { 2, 100 }) {
            List<String> log = simulate(workload(), p, q);
            System.out.println("q=" + q + " " + log.get(log.size() - 2) + " | " + log.get(log.size() - 1));
            if (q == 2 && p.name().equals("prio")) System.out.println(log.subList(0, 4));
        }
    }
}
