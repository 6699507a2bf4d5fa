// Hand-written linked structures: a singly linked list with in-place reversal, removal by value
// and a merge of two sorted lists (node pointer juggling through fields), a doubly linked deque
// with a sentinel, and a stack built on the list. Bugs in getfield/putfield ordering or in
// reference comparisons show up as wrong sequences.
public class LinkedStructures {
    static class Node {
        int val; Node next;
        Node(int val, Node next) { this.val = val; this.next = next; }
    }

    static class SList {
        Node head; int size;
        void push(int v) { head = new Node(v, head); size++; }
        void append(int v) {
            Node n = new Node(v, null);
            if (head == null) head = n;
            else { Node p = head; while (p.next != null) p = p.next; p.next = n; }
            size++;
        }
        void reverse() {
            Node prev = null, cur = head;
            while (cur != null) { Node nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
            head = prev;
        }
        int removeAll(int v) {
            int removed = 0;
            while (head != null && head.val == v) { head = head.next; removed++; }
            for (Node p = head; p != null && p.next != null; ) {
                if (p.next.val == v) { p.next = p.next.next; removed++; } else p = p.next;
            }
            size -= removed;
            return removed;
        }
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node p = head; p != null; p = p.next) { sb.append(p.val); if (p.next != null) sb.append(' '); }
            return sb.append("]").toString();
        }
    }

    static Node merge(Node a, Node b) {
        Node dummy = new Node(0, null), t = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) { t.next = a; a = a.next; } else { t.next = b; b = b.next; }
            t = t.next;
        }
        t.next = a != null ? a : b;
        return dummy.next;
    }

    static class DNode {
        String v; DNode prev, next;
        DNode(String v) { this.v = v; }
    }

    static class Deque {
        final DNode sentinel = new DNode("<s>");
        int size;
        Deque() { sentinel.next = sentinel.prev = sentinel; }
        void insertAfter(DNode at, String v) {
            DNode n = new DNode(v);
            n.prev = at; n.next = at.next;
            at.next.prev = n; at.next = n;
            size++;
        }
        void addFirst(String v) { insertAfter(sentinel, v); }
        void addLast(String v) { insertAfter(sentinel.prev, v); }
        String remove(DNode n) {
            n.prev.next = n.next; n.next.prev = n.prev; size--;
            return n.v;
        }
        String pollFirst() { return sentinel.next == sentinel ? null : remove(sentinel.next); }
        String pollLast() { return sentinel.prev == sentinel ? null : remove(sentinel.prev); }
        String forward() { String s = ""; for (DNode p = sentinel.next; p != sentinel; p = p.next) s += p.v; return s; }
        String backward() { String s = ""; for (DNode p = sentinel.prev; p != sentinel; p = p.prev) s += p.v; return s; }
    }

    public static void main(String[] args) {
        SList l = new SList();
        for (int i = 0; i < 12; i++) l.append((i * 7) % 5);
        System.out.println("list " + l + " size " + l.size);
        l.reverse();
        System.out.println("reversed " + l);
        System.out.println("removed 3s: " + l.removeAll(3) + " -> " + l + " size " + l.size);
        System.out.println("removed 0s: " + l.removeAll(0) + " -> " + l + " size " + l.size);
        l.push(9); l.push(9);
        System.out.println("removed 9s: " + l.removeAll(9) + " -> " + l);

        SList odd = new SList(), even = new SList();
        for (int i = 20; i >= 0; i--) { if (i % 2 == 1) odd.push(i); else if (i % 3 == 0) even.push(i); }
        System.out.println("odd " + odd + " even " + even);
        SList merged = new SList();
        merged.head = merge(odd.head, even.head);
        System.out.println("merged " + merged);
        merged.reverse();
        System.out.println("merged reversed " + merged + "; odd.head now " + odd.head.val + " -> " + (odd.head.next == null ? "end" : "" + odd.head.next.val));

        Deque d = new Deque();
        String word = "abcdefgh";
        for (int i = 0; i < word.length(); i++) {
            String c = "" + word.charAt(i);
            if (i % 2 == 0) d.addFirst(c); else d.addLast(c);
        }
        System.out.println("deque " + d.forward() + " / " + d.backward() + " size " + d.size);
        String polled = "";
        while (d.size > 2) polled += d.pollFirst() + d.pollLast() + ",";
        System.out.println("polled " + polled + " left " + d.forward());
        d.pollFirst(); d.pollFirst();
        System.out.println("empty: " + d.pollFirst() + " " + d.pollLast() + " size " + d.size + " sentinel self-linked " + (d.sentinel.next == d.sentinel && d.sentinel.prev == d.sentinel));

        // A stack used to check bracket balance.
        String[] inputs = { "([]{()})", "([)]", "((", "}{", "" };
        for (String in : inputs) {
            SList st = new SList();
            boolean ok = true;
            for (int i = 0; i < in.length() && ok; i++) {
                char c = in.charAt(i);
                if (c == '(' || c == '[' || c == '{') st.push(c);
                else {
                    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (st.head == null || st.head.val != open) ok = false;
                    else { st.head = st.head.next; st.size--; }
                }
            }
            System.out.println("'" + in + "' balanced " + (ok && st.head == null));
        }
    }
}
