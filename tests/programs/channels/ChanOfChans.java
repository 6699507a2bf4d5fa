// Channels: channels of channels. Each request carries its own reply channel, the way Go servers
// answer callers; three clients ask a server goroutine for squares and check every answer.
import rtgo.Chan;
import rtgo.Go;

public class ChanOfChans {
    record Request(int n, Chan<Integer> reply) {}

    public static void main(String[] args) {
        Chan<Request> server = new Chan<>();
        Go.go(() -> {
            for (Request r : server) {
                r.reply().send(r.n() * r.n());
            }
        });
        Chan<String> results = new Chan<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            Go.go(() -> {
                Chan<Integer> mine = new Chan<>();
                int ok = 0;
                for (int i = 0; i < 20; i++) {
                    int n = client * 100 + i;
                    server.send(new Request(n, mine));
                    if (mine.receive() == n * n) {
                        ok++;
                    }
                }
                results.send("client " + client + ": " + ok + " of 20 right");
            });
        }
        String[] lines = new String[3];
        for (int c = 0; c < 3; c++) {
            String s = results.receive();
            lines[s.charAt(7) - '0'] = s;
        }
        for (String s : lines) {
            System.out.println(s);
        }
        server.close();
    }
}
