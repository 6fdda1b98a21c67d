package org.silta.bench.scheduling.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import java.util.HashMap;
import org.silta.bench.scheduling.PeerProblem;
import org.silta.bench.scheduling.PeerSchedules;
import org.silta.bench.scheduling.Progress;
import org.silta.bench.scheduling.SchedulerUnderTest;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.Schedule;

/**
 * OR-Tools CP-SAT on a 0-1 model: x[r][s] says request r meets in slot s, for the slots where all its
 * members are available (hard rule 1 by construction); at most one slot per request, at most one
 * meeting per participant and slot, at most maxMeetings per participant, at most capacity per slot;
 * held pins fixed to 1. The objective is lexicographic through a big M: (participants + 1) x weight
 * plus the participants with a meeting (y[p] implies one of p's x). Idle gaps are not modelled.
 * Two workers, like Silta's two threads.
 */
public final class CpSatScheduler implements SchedulerUnderTest {

    private static boolean loaded;

    @Override
    public String name() {
        return "cpsat";
    }

    @Override
    public Schedule solve(MeetingInstance instance, Schedule warmStart, double seconds, long seed, Progress progress) {
        load();
        var problem = new PeerProblem(instance);
        var model = new CpModel();
        var x = ZeroOneModel.build(model, problem);
        long scale = problem.participants + 1L;
        hint(model, problem, x, warmStart);
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(2).setRandomSeed((int) seed)
                .setMaxTimeInSeconds(Math.max(0.05, seconds - progress.elapsedSeconds()));
        var status = solver.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                progress.improved((long) Math.floor(objectiveValue() / scale));
            }
        });
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        var slotOf = new int[problem.requests];
        for (int r = 0; r < problem.requests; r++) {
            slotOf[r] = -1;
            for (int k = 0; k < x[r].length; k++) {
                if (solver.booleanValue(x[r][k])) {
                    slotOf[r] = ZeroOneModel.slots(problem, r)[k];
                }
            }
        }
        long bound = Math.min(PeerSchedules.schedulableWeight(problem), (long) Math.floor(solver.bestObjectiveBound() / scale));
        return PeerSchedules.of(problem, slotOf, warmStart, bound, progress.elapsedSeconds());
    }

    private static void hint(CpModel model, PeerProblem problem, Literal[][] x, Schedule warmStart) {
        if (warmStart == null) {
            return;
        }
        var previous = new HashMap<String, String>();
        warmStart.meetings().forEach(m -> previous.put(m.request(), m.slot()));
        for (int r = 0; r < problem.requests; r++) {
            int[] slots = ZeroOneModel.slots(problem, r);
            for (int k = 0; k < slots.length; k++) {
                model.addHint(x[r][k], problem.slotId(slots[k]).equals(previous.get(problem.requestId(r))));
            }
        }
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
