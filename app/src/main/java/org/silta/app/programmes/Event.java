package org.silta.app.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silta.app.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A workshop in a programme: where and when, who it is for, and how people register. */
@Table("event")
public class Event {

    @Id
    private Long id;
    private Long programmeId;
    private LocalizedText title;
    private EventFormat format;
    private String venue;
    private String videoLink;
    private String timeZone;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalizedText objectives;
    private LocalizedText background;
    private Integer capacity;
    private boolean requiresApproval;
    private boolean invitationOnly;
    private boolean registrationOpen;
    private List<String> eligibleCountries;
    private List<String> eligibleTypes;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "event", keyColumn = "event_key")
    private List<AudienceGroup> audienceGroups = new ArrayList<>();
    @MappedCollection(idColumn = "event", keyColumn = "event_key")
    private List<Question> questions = new ArrayList<>();

    /** A group of people an event's sessions are for, e.g. "VET students and teachers". */
    @Table("audience_group")
    public record AudienceGroup(String id, LocalizedText name) {
    }

    /** A question the organiser added to the registration form. */
    @Table("registration_question")
    public record Question(String id, QuestionKind kind, LocalizedText label, List<String> options, boolean required) {
    }

    Event() {
    }

    Event(long programmeId) {
        this.programmeId = programmeId;
        this.createdAt = Instant.now();
        this.registrationOpen = true;
    }

    void describe(EventDetails details) {
        this.title = details.title();
        this.format = details.format();
        this.venue = blankToNull(details.venue());
        this.videoLink = blankToNull(details.videoLink());
        this.timeZone = details.timeZone();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.objectives = details.objectives();
        this.background = details.background();
    }

    void setRegistration(RegistrationSettings settings) {
        this.capacity = settings.capacity();
        this.requiresApproval = settings.requiresApproval();
        this.invitationOnly = settings.invitationOnly();
        this.registrationOpen = settings.open();
        this.eligibleCountries = List.copyOf(settings.eligibility().countries());
        this.eligibleTypes = List.copyOf(settings.eligibility().types());
    }

    void addAudienceGroup(LocalizedText name) {
        audienceGroups.add(new AudienceGroup(nextKey("a", audienceGroups.stream().map(AudienceGroup::id).toList()), name));
    }

    void removeAudienceGroup(String groupId) {
        audienceGroups.removeIf(group -> group.id().equals(groupId));
    }

    void addQuestion(QuestionKind kind, LocalizedText label, List<String> options, boolean required) {
        questions.add(new Question(nextKey("q", questions.stream().map(Question::id).toList()), kind, label,
                List.copyOf(options), required));
    }

    void removeQuestion(String questionId) {
        questions.removeIf(question -> question.id().equals(questionId));
    }

    private static String nextKey(String prefix, List<String> taken) {
        var n = taken.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<AudienceGroup> audienceGroup(String groupId) {
        return audienceGroups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    public Eligibility eligibility() {
        return new Eligibility(eligibleCountries, eligibleTypes);
    }

    public Long id() {
        return id;
    }

    public Long programmeId() {
        return programmeId;
    }

    public LocalizedText title() {
        return title;
    }

    public EventFormat format() {
        return format;
    }

    public String venue() {
        return venue;
    }

    public String videoLink() {
        return videoLink;
    }

    public String timeZone() {
        return timeZone;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalizedText objectives() {
        return objectives;
    }

    public LocalizedText background() {
        return background;
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean requiresApproval() {
        return requiresApproval;
    }

    public boolean invitationOnly() {
        return invitationOnly;
    }

    public boolean registrationOpen() {
        return registrationOpen;
    }

    public List<AudienceGroup> audienceGroups() {
        return List.copyOf(audienceGroups);
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }
}
