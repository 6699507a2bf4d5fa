// Channels: fan-in. Four producers send into one channel; a counter goroutine closes it after all
// have reported done; main collects everything, sorts it and prints it.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import rtgo.Chan;
import rtgo.Go;

public class ChanFanIn {
    public static void main(String[] args) {
        Chan<String> merged = new Chan<>();
        Chan<Boolean> done = new Chan<>();
        String[] names = {"ant", "bee", "cat", "dog"};
        for (String name : names) {
            Go.go(() -> {
                for (int i = 0; i < 5; i++) {
                    merged.send(name + i);
                }
                done.send(true);
            });
        }
        Go.go(() -> {
            for (int i = 0; i < names.length; i++) {
                done.receive();
            }
            merged.close();
        });
        List<String> all = new ArrayList<>();
        for (String s : merged) {
            all.add(s);
        }
        Collections.sort(all);
        System.out.println(all.size() + " values");
        System.out.println(all);
    }
}
