// Initialising a class also initialises its superinterfaces that declare a default method (JVMS
// 5.5, step 7), but not the ones that declare none. Timer implements Clock (a default method)
// and Named (none): reading Timer.ticks must run Clock's initialiser first, and Named's only
// when Named.TAGS is read. The last read indexes past the end of Clock.FACES.
public class Stress3InterfaceDefaultInit {
    static int[] make(String who, int n) {
        System.out.println("init " + who);
        return new int[n];
    }

    interface Clock {
        int[] FACES = make("Clock", 2);

        default int face() {
            return 12;
        }
    }

    interface Named {
        int[] TAGS = make("Named", 3);
    }

    static class Timer implements Clock, Named {
        static int ticks = 60;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("ticks " + Timer.ticks);
        System.out.println("tags " + Named.TAGS.length);
        System.out.println("faces " + Clock.FACES.length);
        System.out.println(Clock.FACES[2]);
    }
}
