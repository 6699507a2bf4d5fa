// Extra: JVM-raised exceptions and their exact messages: ArrayStoreException, ClassCastException (JDK and user classes), NegativeArraySize, AIOOBE, NPE on field/array/method, ArithmeticException, multi-dim arrays
import java.util.*;
public class X16RuntimeExceptions {
    static class Animal {} static class Dog extends Animal {} static class Cat extends Animal {}
    interface Shape {} record Sq(int s) implements Shape {}
    int field = 3;
    static void t(String name, Runnable r) {
        try { r.run(); System.out.println(name + ": no exception"); }
        catch (RuntimeException e) { System.out.println(name + ": " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        t("ase", () -> { Object[] a = new String[1]; a[0] = 1; });
        t("ase2", () -> { Animal[] a = new Dog[2]; a[1] = new Cat(); });
        t("ase-ok", () -> { Animal[] a = new Animal[2]; a[1] = new Cat(); });
        t("cce-jdk", () -> { Object o = "s"; Integer i = (Integer) o; });
        t("cce-user", () -> { Animal a = new Cat(); Dog d = (Dog) a; });
        t("cce-iface", () -> { Object o = new Dog(); Shape s = (Shape) o; });
        t("cce-arr", () -> { Object o = new int[1]; long[] l = (long[]) o; });
        t("cce-record", () -> { Object o = new Sq(1); Comparable<?> c = (Comparable<?>) o; });
        t("nase", () -> { int n = -3; int[] a = new int[n]; });
        t("nase2", () -> { int[][] a = new int[2][-1]; });
        t("aioobe", () -> { long[] a = new long[3]; a[3] = 1; });
        t("aioobe-neg", () -> { char[] a = new char[3]; a[-1] = 'x'; });
        t("aioobe-2d", () -> { int[][] a = new int[2][3]; a[1][3]++; });
        t("npe-field", () -> { X16RuntimeExceptions x = null; x.field++; });
        t("npe-array", () -> { int[] a = null; a[0] = 1; });
        t("npe-length", () -> { int[] a = null; System.out.println(a.length); });
        t("npe-method", () -> { String s = null; s.length(); });
        t("npe-throw", () -> { RuntimeException e = null; throw e; });
        t("npe-sync-unbox", () -> { Long l = null; long x = l; });
        t("div", () -> { int z = 0; System.out.println(1 / z); });
        t("rem-long", () -> { long z = 0; System.out.println(1L % z); });
        t("float-div-ok", () -> { float z = 0; if (1 / z != Float.POSITIVE_INFINITY) throw new IllegalStateException(); });
        int[][][] cube = new int[3][4][5];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) for (int k = 0; k < 5; k++) cube[i][j][k] = i * 100 + j * 10 + k;
        int[][] jag = new int[4][];
        for (int i = 0; i < 4; i++) { jag[i] = new int[i + 1]; Arrays.fill(jag[i], i); }
        long[][] lm = new long[2][2]; lm[1][1] = Long.MIN_VALUE;
        System.out.println(Arrays.deepToString(cube[2]) + " " + Arrays.deepToString(jag) + " " + Arrays.deepToString(lm) + " " + cube[1][2].length + " " + jag.getClass().getSimpleName());
        Object[] objs = new Integer[] { 1, 2 };
        System.out.println(objs.getClass().getSimpleName() + " " + (objs instanceof Integer[]) + " " + (new Dog[0] instanceof Animal[]));
    }
}
