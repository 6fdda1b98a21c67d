package org.silta.app.programmes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.silta.app.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A session of an event: its time, the audience groups it is for, and its agenda. */
@Table("session")
public class Session {

    @Id
    private Long id;
    private Long eventId;
    private LocalizedText title;
    private Instant startsAt;
    private Instant endsAt;
    private EventFormat format;
    private List<String> audienceGroups;
    private List<String> eligibleCountries;
    private List<String> eligibleTypes;
    @Version
    private Long version;
    @MappedCollection(idColumn = "session", keyColumn = "session_key")
    private List<AgendaItem> agenda = new ArrayList<>();

    /** One item on a session's agenda: a presentation, a panel, group work, a break... */
    @Table("agenda_item")
    public record AgendaItem(AgendaKind kind, LocalizedText title, int minutes, String speakers) {
    }

    Session() {
    }

    Session(long eventId) {
        this.eventId = eventId;
    }

    void describe(LocalizedText title, Instant startsAt, Instant endsAt, EventFormat format, List<String> audienceGroups,
                  Eligibility eligibility) {
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = format;
        this.audienceGroups = List.copyOf(audienceGroups);
        this.eligibleCountries = List.copyOf(eligibility.countries());
        this.eligibleTypes = List.copyOf(eligibility.types());
    }

    void addAgendaItem(AgendaItem item) {
        agenda.add(item);
    }

    void removeAgendaItem(int index) {
        agenda.remove(index);
    }

    void moveAgendaItem(int index, int by) {
        var target = index + by;
        if (index >= 0 && index < agenda.size() && target >= 0 && target < agenda.size()) {
            agenda.add(target, agenda.remove(index));
        }
    }

    /** Online and hybrid sessions let people check themselves in, from 15 minutes before the start to the end. */
    public boolean allowsSelfCheckIn(Instant now) {
        return format.hasVideo() && !now.isBefore(startsAt.minus(Duration.ofMinutes(15))) && now.isBefore(endsAt);
    }

    public Eligibility eligibility() {
        return new Eligibility(eligibleCountries, eligibleTypes);
    }

    public Long id() {
        return id;
    }

    public Long eventId() {
        return eventId;
    }

    public LocalizedText title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public EventFormat format() {
        return format;
    }

    public List<String> audienceGroups() {
        return audienceGroups;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }
}
