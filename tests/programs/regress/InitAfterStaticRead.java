// Regression (found in review): a class initialiser must not move above a static read in the loop header: it writes what the read sees.
public class InitAfterStaticRead {
    static int x = 0;
    static int f(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += x + B.y;
            for (int j = 0; j < i; j++) { }
        }
        return s;
    }
    public static void main(String[] args) { System.out.println(f(2)); }
}
class B {
    static int y = 5;
    static { InitAfterStaticRead.x = 100; }
}
