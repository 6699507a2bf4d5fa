// Heapsort: build a max-heap bottom-up with sift-down, then repeatedly move the maximum to the end.
// Also uses the heap as a priority queue (top-k smallest through a bounded max-heap).
public class HeapSort {
    static void siftDown(int[] h, int i, int n) {
        int v = h[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && h[child + 1] > h[child]) child++;
            if (h[child] <= v) break;
            h[i] = h[child];
            i = child;
        }
        h[i] = v;
    }

    static void heapSort(int[] xs) {
        int n = xs.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(xs, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = xs[0];
            xs[0] = xs[end];
            xs[end] = t;
            siftDown(xs, 0, end);
        }
    }

    static boolean isHeap(int[] h, int n) {
        for (int i = 1; i < n; i++) if (h[(i - 1) / 2] < h[i]) return false;
        return true;
    }

    public static void main(String[] a) {
        int[] xs = new int[500];
        int s = 777;
        for (int i = 0; i < xs.length; i++) {
            s ^= s << 7;
            s ^= s >>> 9;
            xs[i] = s;
        }
        int[] heap = new int[xs.length];
        for (int i = 0; i < xs.length; i++) heap[i] = xs[i];
        for (int i = heap.length / 2 - 1; i >= 0; i--) siftDown(heap, i, heap.length);
        System.out.println("heap property " + isHeap(heap, heap.length) + ", max " + heap[0]);

        heapSort(xs);
        int check = 0;
        boolean ok = true;
        for (int i = 0; i < xs.length; i++) {
            check = check * 1000003 + xs[i];
            if (i > 0 && xs[i - 1] > xs[i]) ok = false;
        }
        System.out.println("sorted " + ok + " checksum " + check);
        System.out.println("min " + xs[0] + " max " + xs[xs.length - 1] + " median " + xs[250]);

        // Top 10 smallest via a bounded max-heap.
        int k = 10;
        int[] top = new int[k];
        int size = 0;
        int t = 4242;
        for (int i = 0; i < 300; i++) {
            t = t * 69069 + 1;
            int v = (t >>> 12) % 100000;
            if (size < k) {
                top[size++] = v;
                if (size == k) for (int j = k / 2 - 1; j >= 0; j--) siftDown(top, j, k);
            } else if (v < top[0]) {
                top[0] = v;
                siftDown(top, 0, k);
            }
        }
        heapSort(top);
        System.out.print("10 smallest:");
        for (int v : top) System.out.print(" " + v);
        System.out.println();
        int[] tiny = { 5 };
        heapSort(tiny);
        int[] none = {};
        heapSort(none);
        System.out.println("tiny " + tiny[0] + " none " + none.length);
    }
}
