package org.silta.app.programmes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Answers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for programmes, events, sessions and registrations (described at /v3/api-docs). */
@RestController
@RequestMapping("/api")
@Tag(name = "Programmes", description = "Programmes, their events and sessions, and registrations")
class ProgrammeApi {

    private final ProgrammeCatalogue catalogue;
    private final Registering registering;
    private final RegistrationBook book;

    ProgrammeApi(ProgrammeCatalogue catalogue, Registering registering, RegistrationBook book) {
        this.catalogue = catalogue;
        this.registering = registering;
        this.book = book;
    }

    record ProgrammeView(long id, Map<String, String> title, Map<String, String> summary, String defaultLanguage,
                         List<String> countries, List<String> focusSectors, String status) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id(), p.title().texts(), p.summary() == null ? Map.of() : p.summary().texts(),
                    p.defaultLanguage(), p.countries(), p.focusSectors(), p.status().name());
        }
    }

    record EventView(long id, long programme, Map<String, String> title, String format, String timeZone, LocalDate startsOn,
                     LocalDate endsOn, Integer capacity, boolean registrationOpen, boolean invitationOnly,
                     List<String> eligibleCountries, List<String> eligibleOrganisationTypes,
                     List<Map<String, Object>> audienceGroups) {
        static EventView of(Event e) {
            return new EventView(e.id(), e.programmeId(), e.title().texts(), e.format().name(), e.timeZone(), e.startsOn(),
                    e.endsOn(), e.capacity(), e.registrationOpen(), e.invitationOnly(), e.eligibility().countries(),
                    e.eligibility().types(), e.audienceGroups().stream()
                            .map(g -> Map.<String, Object>of("id", g.id(), "name", g.name().texts())).toList());
        }
    }

    record SessionView(long id, long event, Map<String, String> title, Instant startsAt, Instant endsAt, String format,
                       List<String> audienceGroups) {
        static SessionView of(Session s) {
            return new SessionView(s.id(), s.eventId(), s.title().texts(), s.startsAt(), s.endsAt(), s.format().name(),
                    s.audienceGroups());
        }
    }

    record RegistrationView(long id, long event, String status, String country, String organisationType,
                            String audienceGroup, Set<Long> sessions) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.eventId(), r.status().name(), r.country(), r.organisationType(),
                    r.audienceGroup(), r.sessionIds());
        }
    }

    record RegistrationRequest(String organisationName, String organisationType, String country, String audienceGroup,
                               List<Long> sessions, Map<String, List<String>> answers, Boolean listed,
                               Boolean privacyAgreed) {
    }

    @GetMapping("/programmes")
    @Operation(summary = "Programmes the caller may see")
    List<ProgrammeView> programmes(@AuthenticationPrincipal SignedIn me) {
        return catalogue.visibleTo(me).stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/programmes/{id}")
    ProgrammeView programme(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return ProgrammeView.of(catalogue.programme(id, me));
    }

    @GetMapping("/programmes/{id}/events")
    List<EventView> events(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        catalogue.programme(id, me);
        return catalogue.events(id).stream().map(EventView::of).toList();
    }

    @GetMapping("/events/{id}")
    EventView event(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return EventView.of(catalogue.event(id, me));
    }

    @GetMapping("/events/{id}/sessions")
    List<SessionView> sessions(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        catalogue.event(id, me);
        return catalogue.sessions(id).stream().map(SessionView::of).toList();
    }

    @GetMapping("/events/{id}/registrations")
    @Operation(summary = "Every registration of the event, for its organisers, facilitators and observers")
    List<RegistrationBook.Entry> registrations(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return book.entries(id, me);
    }

    @PostMapping("/events/{id}/registrations")
    @Operation(summary = "Registers the caller for the event")
    ResponseEntity<RegistrationView> register(@PathVariable long id, @RequestBody RegistrationRequest request,
                                              @AuthenticationPrincipal SignedIn me) {
        var registration = registering.register(id, new Registration.Form(request.organisationName(),
                request.organisationType(), request.country(), request.audienceGroup(),
                request.sessions() == null ? List.of() : request.sessions(),
                new Answers(request.answers() == null ? Map.of() : request.answers()), Boolean.TRUE.equals(request.listed()),
                Boolean.TRUE.equals(request.privacyAgreed())), me);
        return ResponseEntity.created(URI.create("/api/registrations/" + registration.id()))
                .body(RegistrationView.of(registration));
    }

    @DeleteMapping("/registrations/{id}")
    @Operation(summary = "Cancels a registration: the caller's own, or any for the event's organisers")
    RegistrationView cancel(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return RegistrationView.of(registering.cancel(id, me));
    }
}
