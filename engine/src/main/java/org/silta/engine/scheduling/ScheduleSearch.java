package org.silta.engine.scheduling;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Finds a heavy schedule: a greedy start, then simulated annealing over one move, "put request r
 * in slot s", which ejects whatever stands in the way (the members' meetings in s, a meeting of
 * a member who reached maxMeetings, a meeting of a full slot) and then repairs: the ejected try
 * another slot, and participants who lost a meeting take a waiting request. The value is the
 * weight plus the participants with a meeting scaled below one unit of weight, so that weight
 * always comes first.
 */
final class ScheduleSearch {

    private static final int FILL_TRIES = 12;

    private final Problem problem;
    private final Assignment current;
    private final SplittableRandom random;
    private final boolean[] eligible;
    private final RequestPool waiting;
    private final RequestPool movable;
    private final double coverScale;
    private final Ejections ejections;
    private final MeetingScheduler.ProgressListener progress;
    private int[] bestSlots;
    private double bestValue = -1;
    private volatile long bestWeight;

    ScheduleSearch(Problem problem, Assignment start, long seed, MeetingScheduler.ProgressListener progress) {
        this.problem = problem;
        this.progress = progress;
        this.current = start;
        this.random = new SplittableRandom(seed);
        this.coverScale = 1.0 / (problem.participants + 1);
        eligible = new boolean[problem.requests];
        waiting = new RequestPool(problem.requests);
        movable = new RequestPool(problem.requests);
        ejections = new Ejections(problem, start, random);
        for (int r = 0; r < problem.requests; r++) {
            eligible[r] = problem.pin[r] < 0 && problem.allowed[r].length > 0;
        }
    }

    /** Places the warm start's meetings that still fit (slot per request, -1 for none), then the rest greedily. */
    void construct(int[] warm) {
        if (warm != null) {
            for (int r = 0; r < problem.requests; r++) {
                if (eligible[r] && warm[r] >= 0 && allows(r, warm[r]) && current.fits(r, warm[r])) {
                    current.place(r, warm[r]);
                }
            }
        }
        var order = greedyOrder();
        for (int r : order) {
            if (current.slotOf[r] < 0) {
                placeAnywhere(r);
            }
        }
        current.commit();
        for (int r = 0; r < problem.requests; r++) {
            if (eligible[r]) {
                if (current.slotOf[r] >= 0) {
                    movable.add(r);
                } else {
                    waiting.add(r);
                }
            }
        }
        remember();
    }

    /** Anneals until the deadline, or earlier once the weight meets the bound and the search has settled. */
    void improve(long deadline, LongSupplier bound) {
        if (waiting.size() + movable.size() == 0) {
            return;
        }
        long start = System.nanoTime();
        double hot = 0.3 * Arrays.stream(problem.weight).average().orElse(1);
        double cold = coverScale * 0.2;
        long steps = 0;
        long lastGain = 0;
        double temperature = hot;
        long settle = Math.max(200_000, 400L * (waiting.size() + movable.size()));
        while (true) {
            if ((steps & 1023) == 0) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    break;
                }
                if (bestWeight >= bound.getAsLong() && steps - lastGain > settle) {
                    break;
                }
                double progress = (double) (now - start) / (deadline - start);
                temperature = hot * Math.pow(cold / hot, progress);
            }
            steps++;
            if (step(temperature) && value() > bestValue + coverScale / 2) {
                lastGain = steps;
                if (temperature < 0.05 || value() >= bestValue + 1) {
                    remember();
                }
            }
        }
        if (value() > bestValue) {
            remember();
        }
    }

    boolean[] eligible() {
        return eligible;
    }

    /** The weight of every request that could be scheduled at all: the plainest upper bound. */
    long totalWeight() {
        long total = current.weight;
        for (int r = 0; r < problem.requests; r++) {
            if (eligible[r] && current.slotOf[r] < 0) {
                total += problem.weight[r];
            }
        }
        return total;
    }

    long bestWeight() {
        return bestWeight;
    }

    /** The best schedule found, as slot per request (-1 unscheduled). */
    int[] bestSlots() {
        return bestSlots.clone();
    }

    private boolean step(double temperature) {
        boolean fromWaiting = waiting.size() > 0 && (movable.size() == 0 || random.nextInt(10) < 7);
        int r = fromWaiting ? waiting.pick(random) : movable.pick(random);
        int[] options = problem.allowed[r];
        int s = options[random.nextInt(options.length)];
        int from = current.slotOf[r];
        if (s == from || !ejections.collect(r, s, from < 0)) {
            return false;
        }
        double before = value();
        int mark = current.mark();
        for (int i = 0; i < ejections.count(); i++) {
            current.remove(ejections.get(i));
        }
        if (from >= 0) {
            current.remove(r);
        }
        current.place(r, s);
        for (int i = 0; i < ejections.count(); i++) {
            placeAnywhere(ejections.get(i));
        }
        for (int i = 0; i < ejections.count(); i++) {
            if (current.slotOf[ejections.get(i)] < 0) {
                for (int p : problem.members[ejections.get(i)]) {
                    fill(p);
                }
            }
        }
        if (from >= 0) {
            for (int p : problem.members[r]) {
                fill(p);
            }
        }
        double delta = value() - before;
        if (delta >= 0 || random.nextDouble() < Math.exp(delta / temperature)) {
            for (int i = mark; i < current.mark(); i++) {
                int q = current.changed(i);
                if (current.slotOf[q] >= 0) {
                    waiting.remove(q);
                    movable.add(q);
                } else {
                    movable.remove(q);
                    waiting.add(q);
                }
            }
            current.commit();
            return true;
        }
        current.rollback(mark);
        current.commit();
        return false;
    }

    /** Gives a participant who lost a meeting one of their waiting requests, if one fits now. */
    private void fill(int p) {
        int[] incident = problem.requestsOf[p];
        if (incident.length == 0) {
            return;
        }
        int offset = random.nextInt(incident.length);
        int tries = 0;
        for (int i = 0; i < incident.length && tries < FILL_TRIES; i++) {
            int q = incident[(offset + i) % incident.length];
            if (eligible[q] && current.slotOf[q] < 0) {
                tries++;
                if (placeAnywhere(q)) {
                    return;
                }
            }
        }
    }

    /**
     * Places r in a slot where it fits, preferring one next to a member's meeting on the same day
     * (fewer idle gaps later); false when it fits nowhere.
     */
    private boolean placeAnywhere(int r) {
        int[] options = problem.allowed[r];
        if (options.length == 0) {
            return false;
        }
        int offset = random.nextInt(options.length);
        int fallback = -1;
        for (int i = 0; i < options.length; i++) {
            int s = options[(offset + i) % options.length];
            if (current.fits(r, s)) {
                if (besideMeeting(r, s)) {
                    current.place(r, s);
                    return true;
                }
                if (fallback < 0) {
                    fallback = s;
                }
            }
        }
        if (fallback >= 0) {
            current.place(r, fallback);
        }
        return fallback >= 0;
    }

    private boolean besideMeeting(int r, int s) {
        for (int p : problem.members[r]) {
            int at = p * problem.slots + s;
            if (s > 0 && current.occupant[at - 1] >= 0 && problem.day[at - 1] == problem.day[at]
                    || s + 1 < problem.slots && current.occupant[at + 1] >= 0 && problem.day[at + 1] == problem.day[at]) {
                return true;
            }
        }
        return false;
    }

    private int[] greedyOrder() {
        var demand = new int[problem.participants];
        for (int r = 0; r < problem.requests; r++) {
            for (int p : problem.members[r]) {
                demand[p]++;
            }
        }
        var pressure = new double[problem.requests];
        for (int r = 0; r < problem.requests; r++) {
            for (int p : problem.members[r]) {
                int room = Math.max(1, Math.min(problem.maxMeetings[p], problem.slots));
                pressure[r] += (double) demand[p] / room;
            }
            pressure[r] += random.nextDouble() * 1e-3;
        }
        return java.util.stream.IntStream.range(0, problem.requests).filter(r -> eligible[r]).boxed()
                .sorted((a, b) -> problem.weight[a] != problem.weight[b]
                        ? Integer.compare(problem.weight[b], problem.weight[a])
                        : Double.compare(pressure[a], pressure[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    private boolean allows(int r, int s) {
        return Arrays.binarySearch(problem.allowed[r], s) >= 0;
    }

    private double value() {
        return current.weight + current.covered * coverScale;
    }

    private void remember() {
        boolean heavier = bestSlots == null || current.weight > bestWeight;
        bestSlots = current.slotOf.clone();
        bestValue = value();
        bestWeight = current.weight;
        if (heavier) {
            progress.improved(bestWeight);
        }
    }
}
