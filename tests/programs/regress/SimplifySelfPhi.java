// Regression (found by loops/Stress2DeadLoops): the build never finished (Simplify looped forever).
// The loop runs zero times, so folding the guard 0 < 0 removes the header's only entry edge in the
// same round in which the header phi is visited: phi(x) = [v] is replaced by v, then v = x + 0
// (iinc x, 0) resolves to v + 0 and is replaced by itself, a cycle in Simplify's replacement map.
public class SimplifySelfPhi {
    public static void main(String[] args) {
        int x = args.length;
        for (int j = 0; j < 0; j++) {
            x += 0;
        }
        System.out.println(x);
    }
}
