package org.silta.app.programmes;

import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisers describe events, set how people register, and define audience groups and questions. */
@Service
public class EventEditing {

    static final int MAX_CAPACITY = 100_000;
    static final int MAX_OPTIONS = 50;

    private final Events events;
    private final Sessions sessions;
    private final ProgrammeCatalogue catalogue;
    private final Access access;
    private final AuditLog audit;

    EventEditing(Events events, Sessions sessions, ProgrammeCatalogue catalogue, Access access, AuditLog audit) {
        this.events = events;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Event create(long programmeId, EventDetails details, RegistrationSettings settings, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        access.requireManage(programme, me);
        validate(details);
        validate(settings);
        var event = new Event(programmeId);
        event.describe(details);
        event.setRegistration(settings);
        event = events.save(event);
        audit.record(me.id(), programmeId, "event.created", subject(event), "");
        return event;
    }

    @Transactional
    public Event change(long eventId, EventDetails details, SignedIn me) {
        var event = managed(eventId, me);
        validate(details);
        event.describe(details);
        audit.record(me.id(), event.programmeId(), "event.changed", subject(event), "");
        return events.save(event);
    }

    @Transactional
    public Event changeRegistration(long eventId, RegistrationSettings settings, SignedIn me) {
        var event = managed(eventId, me);
        validate(settings);
        event.setRegistration(settings);
        audit.record(me.id(), event.programmeId(), "event.registration-settings", subject(event),
                "capacity " + settings.capacity() + ", approval " + settings.requiresApproval()
                        + ", invitation only " + settings.invitationOnly() + ", open " + settings.open());
        return events.save(event);
    }

    @Transactional
    public Event addAudienceGroup(long eventId, LocalizedText name, SignedIn me) {
        var event = managed(eventId, me);
        new Invalid.Collector().text("groupName", name, true, 200).throwIfAny();
        event.addAudienceGroup(name);
        audit.record(me.id(), event.programmeId(), "event.audience-group.added", subject(event), name.fallbackText());
        return events.save(event);
    }

    @Transactional
    public Event removeAudienceGroup(long eventId, String groupId, SignedIn me) {
        var event = managed(eventId, me);
        var inUse = sessions.findByEventIdOrderByStartsAt(eventId).stream().anyMatch(s -> s.audienceGroups().contains(groupId));
        if (inUse) {
            throw Invalid.of("audienceGroups", "invalid.group-in-use");
        }
        event.removeAudienceGroup(groupId);
        audit.record(me.id(), event.programmeId(), "event.audience-group.removed", subject(event), groupId);
        return events.save(event);
    }

    @Transactional
    public Event addQuestion(long eventId, QuestionKind kind, LocalizedText label, List<String> options, boolean required,
                             SignedIn me) {
        var event = managed(eventId, me);
        var cleaned = options.stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
        var problems = new Invalid.Collector()
                .check(kind != null, "questionKind", "invalid.required")
                .text("questionLabel", label, true, 500)
                .check(cleaned.size() <= MAX_OPTIONS, "questionOptions", "invalid.too-many", MAX_OPTIONS);
        if (kind != null && kind.hasOptions()) {
            problems.check(cleaned.size() >= 2, "questionOptions", "invalid.options-needed");
        }
        cleaned.forEach(option -> problems.text("questionOptions", option, true, 200));
        problems.throwIfAny();
        event.addQuestion(kind, label, kind.hasOptions() ? cleaned : List.of(), required);
        audit.record(me.id(), event.programmeId(), "event.question.added", subject(event), label.fallbackText());
        return events.save(event);
    }

    @Transactional
    public Event removeQuestion(long eventId, String questionId, SignedIn me) {
        var event = managed(eventId, me);
        event.removeQuestion(questionId);
        audit.record(me.id(), event.programmeId(), "event.question.removed", subject(event), questionId);
        return events.save(event);
    }

    Event managed(long eventId, SignedIn me) {
        var event = events.findById(eventId).orElseThrow(() -> new NotFound("event " + eventId));
        access.requireManage(catalogue.programme(event.programmeId(), me), me);
        return event;
    }

    static String subject(Event event) {
        return "event " + event.id() + ": " + event.title().fallbackText();
    }

    private static void validate(EventDetails details) {
        var problems = new Invalid.Collector()
                .text("title", details.title(), true, 300)
                .check(details.format() != null, "format", "invalid.required")
                .text("venue", details.venue(), false, 300)
                .url("videoLink", details.videoLink())
                .zone("timeZone", details.timeZone())
                .check(details.startsOn() != null, "startsOn", "invalid.date")
                .check(details.endsOn() != null, "endsOn", "invalid.date")
                .text("objectives", details.objectives(), false, 5000)
                .text("background", details.background(), false, 5000);
        if (details.startsOn() != null && details.endsOn() != null) {
            problems.check(!details.endsOn().isBefore(details.startsOn()), "endsOn", "invalid.end-before-start");
        }
        if (details.format() == EventFormat.IN_PERSON) {
            problems.text("venue", details.venue(), true, 300);
        }
        problems.throwIfAny();
    }

    private static void validate(RegistrationSettings settings) {
        var problems = new Invalid.Collector()
                .check(settings.capacity() == null || (settings.capacity() > 0 && settings.capacity() <= MAX_CAPACITY),
                        "capacity", "invalid.range", 1, MAX_CAPACITY);
        settings.eligibility().countries().forEach(country -> problems.country("eligibleCountries", country, true));
        settings.eligibility().types().forEach(type ->
                problems.check(OrganisationType.parse(type) != null, "eligibleTypes", "invalid.choice", type));
        problems.throwIfAny();
    }
}
