// 0/1 knapsack by dynamic programming: the full 2-D table (items x capacity) with reconstruction of
// the chosen items, and the 1-D rolling version (capacity loop running downwards), which must agree.
public class Knapsack {
    public static void main(String[] a) {
        int[] weight = { 12, 7, 11, 8, 9, 6, 14, 5, 3, 10 };
        int[] value = { 24, 13, 23, 15, 16, 11, 28, 8, 5, 19 };
        int n = weight.length;
        for (int cap = 0; cap <= 60; cap += 15) {
            int[][] best = new int[n + 1][cap + 1];
            for (int i = 1; i <= n; i++) {
                for (int c = 0; c <= cap; c++) {
                    best[i][c] = best[i - 1][c];
                    if (weight[i - 1] <= c) {
                        int with = best[i - 1][c - weight[i - 1]] + value[i - 1];
                        if (with > best[i][c]) best[i][c] = with;
                    }
                }
            }
            int[] roll = new int[cap + 1];
            for (int i = 0; i < n; i++)
                for (int c = cap; c >= weight[i]; c--) roll[c] = Math.max(roll[c], roll[c - weight[i]] + value[i]);

            System.out.print("capacity " + cap + ": value " + best[n][cap] + " (rolling " + roll[cap] + "), items");
            int c = cap, w = 0;
            for (int i = n; i > 0; i--) {
                if (best[i][c] != best[i - 1][c]) {
                    System.out.print(" " + (i - 1));
                    c -= weight[i - 1];
                    w += weight[i - 1];
                }
            }
            System.out.println(", weight " + w);
        }
        // Unbounded variant: coin change (number of ways) with the same rolling loop upwards.
        int[] coins = { 1, 2, 5, 10, 20, 50, 100, 200 };
        int[] ways = new int[201];
        ways[0] = 1;
        for (int coin : coins)
            for (int s = coin; s <= 200; s++) ways[s] += ways[s - coin];
        System.out.println("ways to make 200 from UK coins: " + ways[200] + ", 100: " + ways[100] + ", 10: " + ways[10]);
    }
}
