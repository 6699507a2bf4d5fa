public class GcBoxing {
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) { int[] g = new int[250]; g[k % 250] = k; acc += g[k % 250]; }
        return acc & 1;
    }
    static Integer sum(Integer a, Integer b) { churn(5); return a + b; }

    public static void main(String[] args) {
        // boxed values outside the Integer cache first
        Object[] boxes = new Object[100];
        for (int i = 0; i < boxes.length; i++) boxes[i] = (i % 3 == 0) ? (Object) Integer.valueOf(i * 1000 - 50000) : (i % 3 == 1) ? (Object) Character.valueOf((char) ('a' + i % 26)) : (Object) Boolean.valueOf(i % 2 == 0);
        churn(300);
        int bs = 0;
        for (int i = 0; i < boxes.length; i++) {
            Object o = boxes[i];
            bs = bs * 7 + (o instanceof Integer ? (Integer) o : o instanceof Character ? (Character) o : ((Boolean) o ? 1 : 2));
        }
        System.out.println("boxes " + bs + " " + boxes[3] + boxes[4] + boxes[5]);
        // small values come from the cache: identity must survive collections
        Integer small1 = 100;
        System.out.println("boxed small " + small1);
        churn(300);
        Integer small2 = 100;
        System.out.println("cache same " + (small1 == small2) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)));
        Integer acc = 0;
        for (int i = 0; i < 200; i++) acc = sum(acc, i % 50);
        System.out.println("acc " + acc);
        Integer[] ints = new Integer[60];
        for (int i = 0; i < ints.length; i++) { ints[i] = i * 5 - 100; churn(3); }
        churn(200);
        int is = 0;
        for (int i = 0; i < ints.length; i++) is = is * 31 + ints[i];
        System.out.println("ints " + is + " " + (ints[10] == Integer.valueOf(-50)) + " " + ints[59]);
    }
}
