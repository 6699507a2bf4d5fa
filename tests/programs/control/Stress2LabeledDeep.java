// Five nested loops with labeled continue and break aimed at every level, a labeled block (break
// out of a non-loop statement), counters at each level so the exact iteration pattern shows in the
// output, and loop variables that are used after the loops end.
public class Stress2LabeledDeep {
    static int[] count = new int[6];

    static int run(int n, int salt) {
        int i = 0, j = 0, k = 0, l = 0, m = 0;
        int s = 0;
        a:
        for (i = 0; i < n; i++) {
            count[0]++;
            b:
            for (j = 0; j < n; j++) {
                count[1]++;
                c:
                for (k = 0; k < n; k++) {
                    count[2]++;
                    d:
                    for (l = 0; l < n; l++) {
                        count[3]++;
                        for (m = 0; m < n; m++) {
                            count[4]++;
                            int v = (i * 7 + j * 5 + k * 3 + l * 2 + m + salt) % 11;
                            switch (v) {
                                case 0: continue a;
                                case 1: continue b;
                                case 2: continue c;
                                case 3: continue d;
                                case 4: break d;
                                case 5: break c;
                                case 6:
                                    if (i == n - 1) break a;
                                    break;
                                case 7: break;
                                default: s += v;
                            }
                            s = s * 3 + m;
                        }
                        s ^= l;
                    }
                    s += k;
                }
                s -= j;
            }
            s *= 5;
        }
        blk:
        {
            if (s % 2 == 0) break blk;
            s += 1000000;
        }
        return s + i * 10000 + j * 1000 + k * 100 + l * 10 + m;
    }

    public static void main(String[] args) {
        for (int salt = 0; salt < 11; salt += 2) {
            for (int i = 0; i < 6; i++) count[i] = 0;
            int r = run(4, salt);
            System.out.println("salt " + salt + " -> " + r + " counts " + count[0] + " " + count[1] + " " + count[2] + " "
                    + count[3] + " " + count[4]);
        }
    }
}
