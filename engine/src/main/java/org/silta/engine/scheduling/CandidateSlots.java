package org.silta.engine.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes meeting slots for participants spread over time zones: slots of a given length, on a
 * grid aligned to the hour, inside the date range (Monday to Friday), placed in the hours most
 * participants share within their working hours (09:00-17:00 local unless told otherwise).
 */
public final class CandidateSlots {

    /** A proposed slot and how many participants have it inside their working hours. */
    public record Proposal(Instant start, int minutes, int inWorkingHours, int participants) {
    }

    private final LocalTime dayStart;
    private final LocalTime dayEnd;

    public CandidateSlots(LocalTime dayStart, LocalTime dayEnd) {
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
    }

    public static CandidateSlots officeHours() {
        return new CandidateSlots(LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    /** The slots that the largest number of participants share (one zone per participant). */
    public List<Proposal> propose(List<ZoneId> zones, LocalDate from, LocalDate to, int minutes) {
        var all = proposeAtLeast(zones, from, to, minutes, 1);
        int best = all.stream().mapToInt(Proposal::inWorkingHours).max().orElse(0);
        return all.stream().filter(p -> p.inWorkingHours() == best).toList();
    }

    /** Every slot at least {@code minimum} participants have inside their working hours, in time order. */
    public List<Proposal> proposeAtLeast(List<ZoneId> zones, LocalDate from, LocalDate to, int minutes, int minimum) {
        var perZone = new HashMap<ZoneId, Integer>();
        zones.forEach(zone -> perZone.merge(zone, 1, Integer::sum));
        var step = Duration.ofMinutes(minutes);
        var result = new ArrayList<Proposal>();
        var end = to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (var t = from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC); t.isBefore(end); t = t.plus(step)) {
            int count = 0;
            for (Map.Entry<ZoneId, Integer> zone : perZone.entrySet()) {
                if (working(zone.getKey(), t, minutes, from, to)) {
                    count += zone.getValue();
                }
            }
            if (count >= Math.max(1, minimum)) {
                result.add(new Proposal(t, minutes, count, zones.size()));
            }
        }
        return result;
    }

    /** Slots with ids {@code prefix01, prefix02, ...} for the proposals. */
    public static List<Slot> toSlots(List<Proposal> proposals, String prefix, int capacity) {
        var slots = new ArrayList<Slot>();
        for (int i = 0; i < proposals.size(); i++) {
            slots.add(new Slot(String.format("%s%02d", prefix, i + 1), proposals.get(i).start(),
                    proposals.get(i).minutes(), capacity));
        }
        return slots;
    }

    /** The ids of the slots inside working hours in the zone: a participant's default availability. */
    public Set<String> workingSlots(ZoneId zone, List<Slot> slots) {
        var result = new LinkedHashSet<String>();
        for (var slot : slots) {
            var date = slot.start().atZone(zone).toLocalDate();
            if (working(zone, slot.start(), slot.minutes(), date, date)) {
                result.add(slot.id());
            }
        }
        return result;
    }

    private boolean working(ZoneId zone, Instant start, int minutes, LocalDate from, LocalDate to) {
        var begin = start.atZone(zone);
        var finish = start.plus(Duration.ofMinutes(minutes)).atZone(zone);
        var date = begin.toLocalDate();
        return !date.isBefore(from) && !date.isAfter(to)
                && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && finish.toLocalDate().equals(date)
                && !begin.toLocalTime().isBefore(dayStart) && !finish.toLocalTime().isAfter(dayEnd);
    }
}
