package org.silta.bench.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Per family and budget, where Silta stands against the best peer: ahead, level or behind, and by how much. */
final class ClosingNote {

    private final List<String> lines = new ArrayList<>();

    void add(String family, double budget, List<BenchRow> rows) {
        var silta = rows.stream().filter(r -> r.solver().equals("silta")).findFirst().orElse(null);
        var best = rows.stream().filter(r -> r != silta).max(Comparator.comparingLong(BenchRow::weight)).orElse(null);
        if (silta == null || best == null) {
            return;
        }
        var where = String.format("%s %.0f s: ", family, budget);
        long difference = silta.weight() - best.weight();
        if (best.schedule() == null) {
            lines.add(where + "silta ahead, no peer found a schedule within the budget");
        } else if (difference > 0) {
            lines.add(where + String.format("silta ahead of %s by %d weight (%.3f%%)", best.solver(), difference,
                    100.0 * difference / best.weight()));
        } else if (difference < 0) {
            lines.add(where + String.format("silta behind %s by %d weight (%.3f%%)", best.solver(), -difference,
                    100.0 * -difference / best.weight()));
        } else {
            var a = silta.schedule().stats();
            var b = best.schedule().stats();
            lines.add(where + String.format("silta level with %s on weight %d%s; participants met %d vs %d, idle gaps %d vs %d, "
                            + "within 1%% after %.2f vs %.2f s", best.solver(), silta.weight(),
                    silta.weight() == silta.bound() ? " (= bound, optimal)" : "", a.participantsWithMeetings(),
                    b.participantsWithMeetings(), a.idleGaps(), b.idleGaps(), silta.toWithinOnePercent(),
                    best.toWithinOnePercent()));
        }
    }

    void print() {
        if (!lines.isEmpty()) {
            System.out.printf("%nclosing note (silta against the best peer at each budget):%n");
            lines.forEach(line -> System.out.println("  " + line));
        }
    }
}
