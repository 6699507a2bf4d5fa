// Enums: rock-paper-scissors-lizard-spock tournament, enum methods using EnumSet of beaten moves built lazily, Random-driven players as enum strategies
import java.util.*;
import java.util.function.*;
public class E10EnumGame {
    enum Move {
        ROCK, PAPER, SCISSORS, LIZARD, SPOCK;
        private EnumSet<Move> beats;
        EnumSet<Move> beats() {
            if (beats == null) beats = switch (this) {
                case ROCK -> EnumSet.of(SCISSORS, LIZARD);
                case PAPER -> EnumSet.of(ROCK, SPOCK);
                case SCISSORS -> EnumSet.of(PAPER, LIZARD);
                case LIZARD -> EnumSet.of(SPOCK, PAPER);
                case SPOCK -> EnumSet.of(SCISSORS, ROCK);
            };
            return beats;
        }
        int vs(Move o) { return this == o ? 0 : beats().contains(o) ? 1 : -1; }
    }
    enum Strategy {
        ALWAYS_ROCK { Move pick(Random r, List<Move> hist) { return Move.ROCK; } },
        RANDOM { Move pick(Random r, List<Move> hist) { return Move.values()[r.nextInt(5)]; } },
        CYCLE { Move pick(Random r, List<Move> hist) { return Move.values()[hist.size() % 5]; } },
        COUNTER { Move pick(Random r, List<Move> hist) {
            if (hist.isEmpty()) return Move.SPOCK;
            Move last = hist.get(hist.size() - 1);
            for (Move m : Move.values()) if (m.beats().contains(last)) return m;
            return Move.ROCK; } },
        FREQ { Move pick(Random r, List<Move> hist) {
            EnumMap<Move, Integer> f = new EnumMap<>(Move.class);
            for (Move m : hist) f.merge(m, 1, Integer::sum);
            Move common = f.isEmpty() ? Move.PAPER : Collections.max(f.entrySet(), Map.Entry.comparingByValue()).getKey();
            for (Move m : Move.values()) if (m.vs(common) > 0) return m;
            return Move.ROCK; } };
        abstract Move pick(Random r, List<Move> opponentHistory);
    }
    public static void main(String[] args) {
        for (Move a : Move.values()) { StringBuilder sb = new StringBuilder(String.format("%-8s", a)); for (Move b : Move.values()) sb.append(String.format("%3d", a.vs(b))); System.out.println(sb); }
        Random rnd = new Random(314159);
        EnumMap<Strategy, Integer> points = new EnumMap<>(Strategy.class);
        for (Strategy s : Strategy.values()) points.put(s, 0);
        for (Strategy a : Strategy.values()) for (Strategy b : Strategy.values()) {
            if (a.ordinal() >= b.ordinal()) continue;
            List<Move> ha = new ArrayList<>(), hb = new ArrayList<>();
            int score = 0;
            for (int round = 0; round < 30; round++) {
                Move ma = a.pick(rnd, hb), mb = b.pick(rnd, ha);
                score += ma.vs(mb); ha.add(ma); hb.add(mb);
            }
            System.out.println(a + " vs " + b + ": " + score);
            if (score > 0) points.merge(a, 3, Integer::sum); else if (score < 0) points.merge(b, 3, Integer::sum); else { points.merge(a, 1, Integer::sum); points.merge(b, 1, Integer::sum); }
        }
        System.out.println(points);
        List<Strategy> rank = new ArrayList<>(points.keySet());
        rank.sort(Comparator.comparing((Strategy s) -> points.get(s)).reversed().thenComparing(Comparator.naturalOrder()));
        System.out.println(rank);
    }
}
