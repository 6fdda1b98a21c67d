package org.silta.app.programmes;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.silta.app.shared.Answers;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's registration for an event. Country and organisation type are kept with it, so counts
 * stay right after the person erases their account.
 */
@Table("registration")
public class Registration {

    @Id
    private Long id;
    private Long eventId;
    private Long personId;
    private Long organisationId;
    private String country;
    private String organisationType;
    private String audienceGroup;
    private RegistrationStatus status;
    private Answers answers;
    private boolean listed;
    private Instant privacyAgreedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "registration")
    private Set<SessionChoice> sessions = new HashSet<>();

    @Table("registration_session")
    public record SessionChoice(Long sessionId) {
    }

    /** What a registrant fills in; the same for a new registration and a change. */
    public record Form(String organisationName, String organisationType, String country,
                       String audienceGroup, List<Long> sessions, Answers answers, boolean listed,
                       boolean privacyAgreed) {
    }

    Registration() {
    }

    Registration(long eventId, long personId, Instant now) {
        this.eventId = eventId;
        this.personId = personId;
        this.createdAt = now;
        this.privacyAgreedAt = now;
    }

    void fillIn(long organisationId, String country, String organisationType, String audienceGroup, List<Long> sessionIds,
                Answers answers, boolean listed, Instant now) {
        this.organisationId = organisationId;
        this.country = country;
        this.organisationType = organisationType;
        this.audienceGroup = audienceGroup;
        this.answers = answers;
        this.listed = listed;
        this.sessions = new HashSet<>();
        sessionIds.forEach(session -> this.sessions.add(new SessionChoice(session)));
        this.updatedAt = now;
    }

    void moveTo(RegistrationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long eventId() {
        return eventId;
    }

    public Long personId() {
        return personId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String country() {
        return country;
    }

    public String organisationType() {
        return organisationType;
    }

    public String audienceGroup() {
        return audienceGroup;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Answers answers() {
        return answers;
    }

    public boolean listed() {
        return listed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<Long> sessionIds() {
        var ids = new HashSet<Long>();
        sessions.forEach(choice -> ids.add(choice.sessionId()));
        return ids;
    }
}
