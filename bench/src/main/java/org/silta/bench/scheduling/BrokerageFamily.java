package org.silta.bench.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.Participant;
import org.silta.engine.scheduling.Slot;

/**
 * A brokerage event: participants send meeting requests, who is asked follows a Zipf law (a few
 * organisations are asked by many), and a participant accepts requests up to one and a half times
 * their meeting limit, so the popular ones have more accepted requests than room. Most attend every
 * day; some only one day or half a day, some step away for an hour. Meetings run at tables.
 */
record BrokerageFamily(String name, int people, int minRequests, int maxRequests, int minSlots, int maxSlots,
                       int days, int tables, double pinnedShare) implements InstanceFamily {

    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    static BrokerageFamily regional() {
        return new BrokerageFamily("regional", 1_500, 6_000, 6_000, 20, 24, 1, 280, 0);
    }

    static BrokerageFamily large() {
        return new BrokerageFamily("large", 10_000, 40_000, 40_000, 40, 40, 2, 1_000, 0.05);
    }

    @Override
    public MeetingInstance generate(long seed) {
        var random = new SplittableRandom(seed);
        int slotCount = minSlots + random.nextInt(maxSlots - minSlots + 1);
        var slots = slots(slotCount);
        var participants = new ArrayList<Participant>();
        for (int p = 0; p < people; p++) {
            participants.add(new Participant(String.format("P%05d", p + 1), availability(slots, random),
                    8 + random.nextInt(9), ZONE.getId()));
        }
        var requests = requests(participants, minRequests + random.nextInt(maxRequests - minRequests + 1), random);
        return new MeetingInstance(name + "-" + seed, slots, participants, new PinnedRequests(pinnedShare).pin(
                slots, participants, requests, random));
    }

    private List<Slot> slots(int count) {
        var slots = new ArrayList<Slot>();
        int perDay = (count + days - 1) / days;
        for (int i = 0; i < count; i++) {
            var start = LocalDate.of(2026, 5, 12).plusDays(i / perDay).atTime(LocalTime.of(9, 0))
                    .plusMinutes(20L * (i % perDay)).atZone(ZONE).toInstant();
            slots.add(new Slot(String.format("S%02d", i + 1), start, 20, tables));
        }
        return slots;
    }

    private LinkedHashSet<String> availability(List<Slot> slots, SplittableRandom random) {
        int perDay = (slots.size() + days - 1) / days;
        int from = 0;
        int to = slots.size();
        double kind = random.nextDouble();
        if (kind < 0.3 && days > 1) {
            from = random.nextInt(days) * perDay;
            to = Math.min(slots.size(), from + perDay);
        } else if (kind < 0.3) {
            boolean morning = random.nextBoolean();
            from = morning ? 0 : slots.size() / 2;
            to = morning ? slots.size() / 2 : slots.size();
        }
        var available = new LinkedHashSet<String>();
        int away = random.nextDouble() < 0.1 ? from + random.nextInt(to - from) : -10;
        for (int s = from; s < to; s++) {
            if (s < away || s >= away + 3) {
                available.add(slots.get(s).id());
            }
        }
        return available;
    }

    private List<MeetingRequest> requests(List<Participant> participants, int count, SplittableRandom random) {
        var popularity = new int[people];
        for (int i = 0; i < people; i++) {
            popularity[i] = i;
        }
        for (int i = people - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = popularity[i];
            popularity[i] = popularity[j];
            popularity[j] = t;
        }
        var zipf = new ZipfSampler(people, 0.8, random);
        var accepted = new int[people];
        var pairs = new HashSet<Long>();
        var requests = new ArrayList<MeetingRequest>();
        while (requests.size() < count) {
            int from = random.nextInt(people);
            int to = popularity[zipf.next()];
            long pair = (long) Math.min(from, to) * people + Math.max(from, to);
            if (from == to || accepted[from] >= limit(participants.get(from))
                    || accepted[to] >= limit(participants.get(to)) || !pairs.add(pair)) {
                continue;
            }
            accepted[from]++;
            accepted[to]++;
            double kind = random.nextDouble();
            requests.add(WorkshopFamily.request(requests.size(), List.of(from, to), participants,
                    kind < 0.7 ? 1 : kind < 0.95 ? 2 : 3));
        }
        return requests;
    }

    private static int limit(Participant participant) {
        return participant.maxMeetings() * 3 / 2;
    }
}
