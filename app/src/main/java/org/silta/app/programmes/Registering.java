package org.silta.app.programmes;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Invitations;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering for an event, changing and cancelling a registration: eligibility, the form's
 * questions, seats and the waiting list, approval by an organiser.
 */
@Service
public class Registering {

    private final Registrations registrations;
    private final Events events;
    private final ProgrammeCatalogue catalogue;
    private final Access access;
    private final RegistrationForm form;
    private final Seats seats;
    private final OrganisationRegistry organisations;
    private final Invitations invitations;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Registering(Registrations registrations, Events events, ProgrammeCatalogue catalogue, Access access,
                RegistrationForm form, Seats seats, OrganisationRegistry organisations, Invitations invitations,
                AuditLog audit, ApplicationEventPublisher publisher, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.catalogue = catalogue;
        this.access = access;
        this.form = form;
        this.seats = seats;
        this.organisations = organisations;
        this.invitations = invitations;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    public static String target(long eventId) {
        return "/events/" + eventId + "/register";
    }

    @Transactional
    public Registration register(long eventId, Registration.Form answers, SignedIn me) {
        var event = catalogue.event(eventId, me);
        var programme = catalogue.programme(event.programmeId(), me);
        var existing = registrations.findByEventIdAndPersonId(eventId, me.id());
        new Invalid.Collector()
                .check(event.registrationOpen() && programme.status() == ProgrammeStatus.OPEN, "event", "invalid.registration-closed")
                .check(!event.invitationOnly() || access.canFacilitate(programme, me)
                        || invitations.isInvited(me.email(), target(eventId)), "event", "invalid.invitation-needed")
                .check(existing.map(r -> !r.status().isActive()).orElse(true), "event", "invalid.already-registered")
                .throwIfAny();
        form.validate(event, answers);
        var organisation = organisationOf(answers, me);
        var now = clock.instant();
        var registration = existing.orElseGet(() -> new Registration(eventId, me.id(), now));
        registration.fillIn(organisation, answers.country(), answers.organisationType(), blankToNull(answers.audienceGroup()),
                answers.sessions(), answers.answers(), answers.listed(), now);
        var capacity = seats.lock(eventId);
        registration.moveTo(event.requiresApproval() ? RegistrationStatus.PENDING : seats.place(eventId, capacity), now);
        registration = registrations.save(registration);
        invitations.accepted(me.email(), target(eventId), me.id());
        audit.record(me.id(), event.programmeId(), "registration.created", subject(registration, event),
                registration.status().name());
        publisher.publishEvent(new RegistrationChanged(registration.id(), eventId, me.id(), registration.status(), false));
        return registration;
    }

    /** The registrant changes their answers, group, sessions or consent; their place stays. */
    @Transactional
    public Registration change(long registrationId, Registration.Form answers, SignedIn me) {
        var registration = own(registrationId, me);
        if (!registration.status().isActive()) {
            throw Invalid.of("event", "invalid.registration-cancelled");
        }
        var event = events.findById(registration.eventId()).orElseThrow();
        form.validate(event, answers);
        registration.fillIn(organisationOf(answers, me), answers.country(), answers.organisationType(),
                blankToNull(answers.audienceGroup()), answers.sessions(), answers.answers(), answers.listed(), clock.instant());
        audit.record(me.id(), event.programmeId(), "registration.changed", subject(registration, event), "");
        return registrations.save(registration);
    }

    /** The registrant, or an organiser, cancels; a freed seat goes to the first on the waiting list. */
    @Transactional
    public Registration cancel(long registrationId, SignedIn me) {
        var registration = find(registrationId);
        var event = events.findById(registration.eventId()).orElseThrow();
        var isOwner = registration.personId() != null && registration.personId() == me.id();
        if (!isOwner) {
            access.requireManage(catalogue.programme(event.programmeId(), me), me);
        }
        return end(registration, event, RegistrationStatus.CANCELLED, me);
    }

    @Transactional
    public Registration approve(long registrationId, SignedIn me) {
        var registration = managed(registrationId, me);
        if (registration.status() != RegistrationStatus.PENDING) {
            throw Invalid.of("status", "invalid.not-pending");
        }
        var event = events.findById(registration.eventId()).orElseThrow();
        registration.moveTo(seats.place(event.id(), seats.lock(event.id())), clock.instant());
        registration = registrations.save(registration);
        audit.record(me.id(), event.programmeId(), "registration.approved", subject(registration, event),
                registration.status().name());
        publisher.publishEvent(new RegistrationChanged(registration.id(), event.id(), registration.personId(),
                registration.status(), false));
        return registration;
    }

    @Transactional
    public Registration decline(long registrationId, SignedIn me) {
        var registration = managed(registrationId, me);
        return end(registration, events.findById(registration.eventId()).orElseThrow(), RegistrationStatus.DECLINED, me);
    }

    private Registration end(Registration registration, Event event, RegistrationStatus status, SignedIn me) {
        if (!registration.status().isActive()) {
            throw Invalid.of("status", "invalid.registration-cancelled");
        }
        var capacity = seats.lock(event.id());
        var heldSeat = registration.status() == RegistrationStatus.CONFIRMED;
        registration.moveTo(status, clock.instant());
        registration = registrations.save(registration);
        audit.record(me.id(), event.programmeId(), "registration." + status.name().toLowerCase(Locale.ROOT),
                subject(registration, event), "");
        publisher.publishEvent(new RegistrationChanged(registration.id(), event.id(), registration.personId(), status, false));
        if (heldSeat) {
            seats.fillFreeSeats(event.id(), capacity);
        }
        return registration;
    }

    /** The organisation the registrant named: the registry's one with that name in that country, or a new one. */
    private long organisationOf(Registration.Form answers, SignedIn me) {
        var language = LocaleContextHolder.getLocale().getLanguage();
        return organisations.findOrRegister(answers.organisationName(), language, answers.organisationType(),
                answers.country(), me.id()).id();
    }

    private Registration own(long registrationId, SignedIn me) {
        var registration = find(registrationId);
        if (registration.personId() == null || registration.personId() != me.id()) {
            throw new NotFound("registration " + registrationId);
        }
        return registration;
    }

    private Registration managed(long registrationId, SignedIn me) {
        var registration = find(registrationId);
        var event = events.findById(registration.eventId()).orElseThrow();
        access.requireManage(catalogue.programme(event.programmeId(), me), me);
        return registration;
    }

    private Registration find(long registrationId) {
        return registrations.findById(registrationId).orElseThrow(() -> new NotFound("registration " + registrationId));
    }

    private static String subject(Registration registration, Event event) {
        return "registration " + registration.id() + " for " + EventEditing.subject(event);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
