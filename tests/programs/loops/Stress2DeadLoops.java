// Loops whose trip count is a compile-time constant 0 or 1 (static final bounds, as configuration
// constants often are), with loop-carried values updated by identities (x += 0, x *= 1, x |= 0,
// x = (byte) x) next to real work. Constant folding removes the loop's entry edge (0 iterations,
// or 1 iteration after the first is peeled), leaving unreachable loop bodies to clean up; the
// values must come out unchanged. (This program once made the build hang; regress/SimplifySelfPhi
// keeps the reduced case.)
public class Stress2DeadLoops {
    static final int NONE = 0;
    static final int ONCE = 1;
    static int[] data = {3, 1, 4, 1, 5};
    static int calls;

    static int touch(int v) {
        calls++;
        return v * 2;
    }

    static int zeroTrips(int x) {
        for (int j = 0; j < NONE; j++) {
            x += 0;
        }
        return x;
    }

    static int zeroTripsMul(int x, int y) {
        for (int j = 0; j < NONE; j++) {
            x *= 1;
            y ^= data[j];
        }
        return x * 100 + y;
    }

    static int oneTrip(int x) {
        int s = 0;
        for (int j = 0; j < ONCE; j++) {
            x |= 0;
            s += data[j] + touch(x);
        }
        return x * 1000 + s;
    }

    static int oneTripByte(int x) {
        for (int j = 0; j < ONCE; j++) {
            x = (byte) x;
            data[j] += x;
        }
        return x + data[0];
    }

    static int nested(int x) {
        int s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < ONCE; j++) {
                x += 0;
                s += touch(i + j);
            }
            for (int k = 0; k < NONE; k++) {
                s *= 1;
            }
        }
        return x + s;
    }

    public static void main(String[] args) {
        System.out.println("zeroTrips " + zeroTrips(41));
        System.out.println("zeroTripsMul " + zeroTripsMul(7, 9));
        System.out.println("oneTrip " + oneTrip(5) + " calls " + calls);
        System.out.println("oneTripByte " + oneTripByte(300) + " data0 " + data[0]);
        System.out.println("nested " + nested(-4) + " calls " + calls);
    }
}
