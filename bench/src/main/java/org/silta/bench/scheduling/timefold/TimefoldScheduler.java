package org.silta.bench.scheduling.timefold;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.silta.bench.scheduling.PeerProblem;
import org.silta.bench.scheduling.PeerSchedules;
import org.silta.bench.scheduling.Progress;
import org.silta.bench.scheduling.SchedulerUnderTest;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.Schedule;

/**
 * Timefold Solver (community edition) on the {@link MeetingPlan} model with the default phases: a
 * construction heuristic that places the heaviest requests first, then late-acceptance local search
 * with change and swap moves, until the budget is spent. One solver thread: multithreaded solving is
 * a feature of Timefold's enterprise edition.
 */
public final class TimefoldScheduler implements SchedulerUnderTest {

    @Override
    public String name() {
        return "timefold";
    }

    @Override
    public Schedule solve(MeetingInstance instance, Schedule warmStart, double seconds, long seed, Progress progress) {
        var problem = new PeerProblem(instance);
        var plan = plan(problem, warmStart);
        var factory = SolverFactory.<MeetingPlan>create(config(seed));
        long remaining = Math.max(50, (long) ((seconds - progress.elapsedSeconds()) * 1000));
        var solver = factory.buildSolver(new SolverConfigOverride().withTerminationSpentLimit(Duration.ofMillis(remaining)));
        solver.addEventListener(event -> {
            var score = (BendableScore) event.getNewBestScore();
            if (score.hardScore(0) == 0) {
                progress.improved(score.softScore(0));
            }
        });
        var best = solver.solve(plan);
        var slotOf = best.getMeetings().stream().mapToInt(m -> m.getSlot() == null ? -1 : m.getSlot().index()).toArray();
        return PeerSchedules.of(problem, slotOf, warmStart, PeerSchedules.schedulableWeight(problem), progress.elapsedSeconds());
    }

    static SolverConfig config(long seed) {
        return new SolverConfig().withSolutionClass(MeetingPlan.class).withEntityClasses(PlannedMeeting.class)
                .withConstraintProviderClass(MeetingConstraints.class).withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed);
    }

    /** The planning problem: held pins in their slots, a warm start's other meetings where they still are allowed. */
    static MeetingPlan plan(PeerProblem problem, Schedule warmStart) {
        var slots = IntStream.range(0, problem.slots)
                .mapToObj(s -> new TimeSlot(s, problem.slotId(s), problem.slot[s].capacity())).toList();
        var attendees = IntStream.range(0, problem.participants).mapToObj(p -> new Attendee(problem, p)).toList();
        var previous = new HashMap<String, String>();
        if (warmStart != null) {
            warmStart.meetings().forEach(m -> previous.put(m.request(), m.slot()));
        }
        var meetings = new ArrayList<PlannedMeeting>();
        for (int r = 0; r < problem.requests; r++) {
            var id = problem.requestId(r);
            TimeSlot slot = problem.heldPin[r] >= 0 ? slots.get(problem.heldPin[r]) : null;
            if (!problem.pinned[r] && previous.containsKey(id)) {
                slot = IntStream.of(problem.allowed[r]).mapToObj(slots::get)
                        .filter(s -> s.id().equals(previous.get(id))).findFirst().orElse(null);
            }
            List<Attendee> members = IntStream.of(problem.members[r]).mapToObj(attendees::get).toList();
            meetings.add(new PlannedMeeting(id, members, problem.weight[r], problem.pinned[r], slot));
        }
        return new MeetingPlan(slots, attendees, meetings);
    }
}
