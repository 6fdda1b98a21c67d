package org.silta.bench.scheduling.cpsat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import org.silta.bench.scheduling.PeerProblem;

/** The CP-SAT model of {@link CpSatScheduler}: variables, the four hard rules and the objective. */
final class ZeroOneModel {

    private ZeroOneModel() {
    }

    /** The slots request r may take: its held pin, none for a pin that cannot be held, else its allowed slots. */
    static int[] slots(PeerProblem problem, int r) {
        if (problem.pinned[r]) {
            return problem.heldPin[r] >= 0 ? new int[] {problem.heldPin[r]} : new int[0];
        }
        return problem.allowed[r];
    }

    /** Adds the model and returns x[r][k], request r in slot {@code slots(problem, r)[k]}. */
    static Literal[][] build(CpModel model, PeerProblem problem) {
        var x = new Literal[problem.requests][];
        var inSlot = lists(problem.participants * problem.slots);
        var ofParticipant = lists(problem.participants);
        var ofSlot = lists(problem.slots);
        var objective = LinearExpr.newBuilder();
        long scale = problem.participants + 1L;
        for (int r = 0; r < problem.requests; r++) {
            int[] slots = slots(problem, r);
            x[r] = new Literal[slots.length];
            for (int k = 0; k < slots.length; k++) {
                var literal = model.newBoolVar("");
                x[r][k] = literal;
                objective.addTerm(literal, scale * problem.weight[r]);
                ofSlot.get(slots[k]).add(literal);
                for (int p : problem.members[r]) {
                    inSlot.get(p * problem.slots + slots[k]).add(literal);
                    ofParticipant.get(p).add(literal);
                }
            }
            if (problem.pinned[r] && slots.length == 1) {
                model.addEquality(x[r][0], 1);
            }
            atMostOne(model, List.of(x[r]));
        }
        inSlot.forEach(literals -> atMostOne(model, literals));
        for (int p = 0; p < problem.participants; p++) {
            var literals = ofParticipant.get(p);
            if (literals.size() > problem.maxMeetings[p]) {
                model.addLessOrEqual(LinearExpr.sum(literals.toArray(Literal[]::new)), problem.maxMeetings[p]);
            }
            if (!literals.isEmpty()) {
                var met = model.newBoolVar("");
                var clause = new ArrayList<>(literals);
                clause.add(met.not());
                model.addBoolOr(clause);
                objective.addTerm(met, 1);
            }
        }
        for (int s = 0; s < problem.slots; s++) {
            if (ofSlot.get(s).size() > problem.slot[s].capacity()) {
                model.addLessOrEqual(LinearExpr.sum(ofSlot.get(s).toArray(Literal[]::new)), problem.slot[s].capacity());
            }
        }
        model.maximize(objective);
        return x;
    }

    private static void atMostOne(CpModel model, List<Literal> literals) {
        if (literals.size() > 1) {
            model.addAtMostOne(literals);
        }
    }

    private static List<List<Literal>> lists(int count) {
        var lists = new ArrayList<List<Literal>>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
