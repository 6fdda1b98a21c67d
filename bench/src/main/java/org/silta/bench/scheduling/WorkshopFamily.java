package org.silta.bench.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.silta.engine.scheduling.CandidateSlots;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.Participant;

/**
 * An online matchmaking workshop like case A's: 30 Finnish and 30 Uzbek participants, 18 slots
 * of 20 minutes over two days in the hours Helsinki and Tashkent share, 10 video rooms per slot.
 * Finnish companies ask for meetings with Uzbek bodies (ministries and agencies are asked most),
 * a few as consortia of two companies; everyone has an hour or two away and a meeting limit.
 */
final class WorkshopFamily implements InstanceFamily {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Override
    public String name() {
        return "workshop";
    }

    @Override
    public MeetingInstance generate(long seed) {
        var random = new SplittableRandom(seed);
        var hours = CandidateSlots.officeHours();
        var zones = new ArrayList<ZoneId>();
        for (int i = 0; i < 30; i++) {
            zones.add(HELSINKI);
            zones.add(TASHKENT);
        }
        var shared = hours.propose(zones, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), 20);
        var proposals = new ArrayList<CandidateSlots.Proposal>();
        for (var day : List.of(0, 1)) {
            var date = LocalDate.of(2026, 3, 10).plusDays(day);
            shared.stream().filter(p -> p.start().atZone(HELSINKI).toLocalDate().equals(date)).limit(9)
                    .forEach(proposals::add);
        }
        var slots = CandidateSlots.toSlots(proposals, "S", 10);
        var participants = new ArrayList<Participant>();
        for (int i = 0; i < 60; i++) {
            var finnish = i < 30;
            var id = String.format("%s%02d", finnish ? "FI" : "UZ", i % 30 + 1);
            var available = new LinkedHashSet<>(hours.workingSlots(finnish ? HELSINKI : TASHKENT, slots));
            int away = random.nextInt(slots.size());
            for (int k = 0; k < 2 + random.nextInt(3); k++) {
                available.remove(slots.get((away + k) % slots.size()).id());
            }
            participants.add(new Participant(id, available, 5 + random.nextInt(4), finnish ? HELSINKI.getId() : TASHKENT.getId()));
        }
        var requests = new ArrayList<MeetingRequest>();
        var zipf = new ZipfSampler(30, 0.9, random);
        for (int f = 0; f < 30; f++) {
            var asked = new LinkedHashSet<Integer>();
            int wanted = 4 + random.nextInt(4);
            while (asked.size() < wanted) {
                asked.add(30 + zipf.next());
            }
            for (int u : asked) {
                requests.add(request(requests.size(), List.of(f, u), participants, 1 + random.nextInt(3)));
            }
        }
        for (int k = 0; k < 10; k++) {
            int a = random.nextInt(30);
            int b = (a + 1 + random.nextInt(29)) % 30;
            requests.add(request(requests.size(), List.of(a, b, 30 + zipf.next()), participants, 2 + random.nextInt(2)));
        }
        return new MeetingInstance("workshop-" + seed, slots, participants, requests);
    }

    static MeetingRequest request(int number, List<Integer> members, List<Participant> participants, int weight) {
        return new MeetingRequest(String.format("R%06d", number + 1),
                members.stream().map(m -> participants.get(m).id()).toList(), weight, null);
    }

}
