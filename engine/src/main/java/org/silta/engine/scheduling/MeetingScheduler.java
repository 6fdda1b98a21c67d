package org.silta.engine.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Silta's meeting scheduler. {@link #solve} schedules an instance within a time budget and proves
 * an upper bound on the weight; a previous schedule given as warm start is kept where it still
 * fits. For a re-solve after published meetings, pin them first with {@link #pinPublished}.
 */
public final class MeetingScheduler {

    /**
     * Time budget, random seed, an optional warm start (a previous schedule of the same requests) and an
     * optional listener told each time the best schedule found so far gets heavier.
     */
    public record Options(double seconds, long seed, Schedule warmStart, ProgressListener progress) {

        public Options {
            progress = progress != null ? progress : weight -> { };
        }

        public Options(double seconds, long seed) {
            this(seconds, seed, null);
        }

        public Options(double seconds, long seed, Schedule warmStart) {
            this(seconds, seed, warmStart, null);
        }
    }

    /** Hears the scheduled weight of each better schedule, on the searching thread; it must return quickly. */
    @FunctionalInterface
    public interface ProgressListener {

        void improved(long scheduledWeight);
    }

    private MeetingScheduler() {
    }

    public static Schedule solve(MeetingInstance instance, Options options) {
        long start = System.nanoTime();
        long budget = (long) (options.seconds() * 1e9);
        var problem = new Problem(instance);
        var pins = new Assignment(problem);
        var conflicts = PinnedMeetings.hold(problem, pins);
        var search = new ScheduleSearch(problem, new Assignment(pins), options.seed(), options.progress());
        search.construct(warmSlots(problem, options.warmStart()));
        var bound = new DecompositionBound(problem, pins, search.eligible());
        var bounding = Thread.ofPlatform().name("silta-upper-bound").start(
                () -> bound.run(start + budget * 90 / 100, search::bestWeight));
        search.improve(start + budget * 65 / 100, bound::proven);
        var best = new Assignment(pins);
        var slots = search.bestSlots();
        for (int r = 0; r < problem.requests; r++) {
            if (slots[r] >= 0 && !best.fixed[r]) {
                best.place(r, slots[r]);
            }
        }
        best.commit();
        new GapCompaction(problem, best, options.seed()).run(start + budget * 90 / 100);
        join(bounding);
        long upperBound = Math.min(bound.proven(), search.totalWeight());
        return result(problem, best, conflicts, upperBound, options.warmStart(), (System.nanoTime() - start) / 1e9);
    }

    /** The instance with every meeting of a published schedule pinned to its slot. */
    public static MeetingInstance pinPublished(MeetingInstance instance, Schedule published) {
        var slotOf = new HashMap<String, String>();
        published.meetings().forEach(m -> slotOf.put(m.request(), m.slot()));
        var requests = instance.requests().stream()
                .map(r -> r.slot() == null && slotOf.containsKey(r.id())
                        ? new MeetingRequest(r.id(), r.participants(), r.weight(), slotOf.get(r.id())) : r)
                .toList();
        return new MeetingInstance(instance.name(), instance.slots(), instance.participants(), requests);
    }

    private static int[] warmSlots(Problem problem, Schedule warmStart) {
        if (warmStart == null) {
            return null;
        }
        var slotIndex = new HashMap<String, Integer>();
        for (int s = 0; s < problem.slots; s++) {
            slotIndex.put(problem.slotId(s), s);
        }
        var slotOf = new HashMap<String, Integer>();
        warmStart.meetings().forEach(m -> slotOf.put(m.request(), slotIndex.getOrDefault(m.slot(), -1)));
        var warm = new int[problem.requests];
        for (int r = 0; r < problem.requests; r++) {
            warm[r] = slotOf.getOrDefault(problem.requestId(r), -1);
        }
        return warm;
    }

    private static Schedule result(Problem problem, Assignment best, List<Conflict> conflicts, long upperBound,
                                   Schedule warmStart, double seconds) {
        var tables = TableNumbers.assign(problem, best, warmStart);
        var meetings = new ArrayList<Meeting>();
        var unscheduled = new ArrayList<String>();
        var order = new Integer[problem.requests];
        Arrays.setAll(order, r -> r);
        Arrays.sort(order, (a, b) -> best.slotOf[a] != best.slotOf[b] ? Integer.compare(best.slotOf[a], best.slotOf[b])
                : Integer.compare(tables[a], tables[b]));
        for (int r : order) {
            if (best.slotOf[r] >= 0) {
                meetings.add(new Meeting(problem.requestId(r), problem.slotId(best.slotOf[r]),
                        problem.limited(best.slotOf[r]) ? tables[r] : null));
            }
        }
        for (int r = 0; r < problem.requests; r++) {
            if (best.slotOf[r] < 0) {
                unscheduled.add(problem.requestId(r));
            }
        }
        double gap = upperBound == 0 ? 0 : (double) (upperBound - best.weight) / upperBound;
        var stats = new ScheduleStats(best.weight, meetings.size(), best.covered,
                GapCompaction.idleGaps(problem, best), gap, best.weight >= upperBound, seconds);
        return new Schedule(meetings, unscheduled, conflicts, upperBound, stats);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while proving the upper bound", e);
        }
    }
}
