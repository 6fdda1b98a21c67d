package org.silta.engine.scheduling;

import java.util.HashMap;

/**
 * Numbers the meetings of each capacity-limited slot 1..capacity. A meeting that keeps the slot
 * it had in the warm start keeps its table too, so published tables do not change.
 */
final class TableNumbers {

    private TableNumbers() {
    }

    static int[] assign(Problem problem, Assignment assignment, Schedule warmStart) {
        var table = new int[problem.requests];
        var taken = new boolean[problem.slots][];
        for (int s = 0; s < problem.slots; s++) {
            taken[s] = new boolean[problem.limited(s) ? Math.min(problem.capacity[s], problem.requests) + 1 : 0];
        }
        if (warmStart != null) {
            var index = new HashMap<String, Integer>();
            for (int r = 0; r < problem.requests; r++) {
                index.put(problem.requestId(r), r);
            }
            for (var meeting : warmStart.meetings()) {
                var r = index.get(meeting.request());
                if (r != null && meeting.table() != null && assignment.slotOf[r] >= 0
                        && problem.slotId(assignment.slotOf[r]).equals(meeting.slot())) {
                    int s = assignment.slotOf[r];
                    int t = meeting.table();
                    if (t >= 1 && t < taken[s].length && !taken[s][t]) {
                        taken[s][t] = true;
                        table[r] = t;
                    }
                }
            }
        }
        var next = new int[problem.slots];
        for (int r = 0; r < problem.requests; r++) {
            int s = assignment.slotOf[r];
            if (s >= 0 && problem.limited(s) && table[r] == 0) {
                do {
                    next[s]++;
                } while (taken[s][next[s]]);
                taken[s][next[s]] = true;
                table[r] = next[s];
            }
        }
        return table;
    }
}
