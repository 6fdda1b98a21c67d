package org.silta.app.matchmaking;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.programmes.SessionCalendar;
import org.silta.app.shared.BaseUrl;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's matchmaking at an event: the people, their requests, and their meetings. */
@Controller
class MatchmakingController {

    private final MatchmakingEvent events;
    private final MeetingRequests requests;
    private final MyMeetings meetings;
    private final MeetingFeedback feedback;
    private final Recommendations recommendations;
    private final BreakoutGroups breakouts;
    private final ProgrammeCatalogue catalogue;
    private final RegistrationBook registrations;
    private final Accounts accounts;
    private final SessionCalendar calendar;
    private final Forms forms;
    private final Clock clock;
    private final String baseUrl;

    MatchmakingController(MatchmakingEvent events, MeetingRequests requests, MyMeetings meetings, MeetingFeedback feedback,
                          Recommendations recommendations, BreakoutGroups breakouts, ProgrammeCatalogue catalogue,
                          RegistrationBook registrations, Accounts accounts, SessionCalendar calendar, Forms forms,
                          Clock clock, @Value("${silta.base-url:}") String baseUrl) {
        this.events = events;
        this.requests = requests;
        this.meetings = meetings;
        this.feedback = feedback;
        this.recommendations = recommendations;
        this.breakouts = breakouts;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.accounts = accounts;
        this.calendar = calendar;
        this.forms = forms;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/events/{id}/matchmaking")
    String hub(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = events.seen(id, me);
        var confirmed = registrations.confirmed(id);
        var people = confirmed.stream().collect(Collectors.toMap(RegistrationBook.Entry::personId, Function.identity(), (a, b) -> a));
        var mine = requests.of(id, me.id());
        model.addAttribute("event", event);
        model.addAttribute("participant", people.containsKey(me.id()));
        model.addAttribute("canManage", events.canManage(event, me));
        model.addAttribute("people", confirmed.stream().filter(e -> e.listed() && e.personId() != me.id()).toList());
        model.addAttribute("received", mine.stream().filter(r -> r.to() == me.id()).toList());
        model.addAttribute("sent", mine.stream().filter(r -> r.from() == me.id()).toList());
        model.addAttribute("requestedWith", mine.stream().filter(r -> r.status() == MeetingRequests.Status.PENDING
                || r.status() == MeetingRequests.Status.ACCEPTED).map(r -> r.from() == me.id() ? r.to() : r.from()).toList());
        model.addAttribute("names", accounts.all(mine.stream().flatMap(r -> java.util.stream.Stream.of(r.from(), r.to())).toList())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        model.addAttribute("organisationsOf", people);
        var myMeetings = meetings.of(me.id()).stream().filter(m -> m.eventId() == id).toList();
        model.addAttribute("meetings", myMeetings);
        model.addAttribute("answered", myMeetings.stream().filter(m -> feedback.answered(m.requestId(), me.id()))
                .map(MyMeetings.MyMeeting::requestId).toList());
        model.addAttribute("now", clock.instant());
        model.addAttribute("breakouts", catalogue.sessions(id).stream()
                .flatMap(session -> breakouts.groupsOf(session.id(), me.id(), id).stream()
                        .filter(member -> member.personId() != me.id())
                        .map(member -> new BreakoutLine(session.title().in(LocaleContextHolder.getLocale()), member)))
                .toList());
        return "matchmaking/hub";
    }

    /** Partners the engine suggests for the person's organisation, with why, and their people at this event. */
    @GetMapping("/events/{id}/matchmaking/recommendations")
    String recommendations(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = events.seen(id, me);
        var confirmed = registrations.confirmed(id);
        var mine = confirmed.stream().filter(e -> e.personId() == me.id()).findFirst();
        var suggestions = mine.map(e -> e.organisationId() == null ? List.<Recommendations.Suggestion>of()
                : recommendations.forOrganisation(event.programmeId(), e.organisationId())).orElse(List.of());
        var requested = requests.of(id, me.id()).stream().filter(r -> r.status() == MeetingRequests.Status.PENDING
                || r.status() == MeetingRequests.Status.ACCEPTED).map(r -> r.from() == me.id() ? r.to() : r.from()).toList();
        model.addAttribute("event", event);
        model.addAttribute("participant", mine.isPresent());
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("peopleOf", confirmed.stream().filter(e -> e.listed() && e.personId() != me.id()
                && e.organisationId() != null).collect(Collectors.groupingBy(RegistrationBook.Entry::organisationId)));
        model.addAttribute("requestedWith", requested);
        return "matchmaking/recommendations";
    }

    /** Someone in one of the person's published breakout groups, with the session it belongs to. */
    record BreakoutLine(String session, BreakoutGroups.Member member) {
    }

    @GetMapping("/events/{id}/matchmaking/request")
    String requestForm(@PathVariable long id, @RequestParam long to, @AuthenticationPrincipal SignedIn me, Model model) {
        return requestPage(id, to, me, model, FormValues.empty().with("to", to));
    }

    @PostMapping("/events/{id}/matchmaking/requests")
    String request(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        var to = form.ids("to").stream().findFirst().orElse(-1L);
        try {
            requests.request(id, to, form.text("message"), me);
            redirect.addFlashAttribute("notice", forms.text("matchmaking.request-sent"));
            return "redirect:/events/" + id + "/matchmaking";
        } catch (Invalid invalid) {
            requestPage(id, to, me, model, form);
            return forms.refused("matchmaking/request", model, form, invalid, response);
        }
    }

    @PostMapping("/matchmaking/requests/{requestId}/{answer}")
    String answer(@PathVariable long requestId, @PathVariable String answer, @AuthenticationPrincipal SignedIn me,
                  RedirectAttributes redirect) {
        var eventId = requests.get(requestId).eventId();
        try {
            switch (answer) {
                case "accept" -> requests.accept(requestId, me);
                case "decline" -> requests.decline(requestId, me);
                case "cancel" -> requests.cancel(requestId, me);
                default -> throw new NotFound(answer);
            }
            redirect.addFlashAttribute("notice", forms.text("matchmaking.answer." + answer));
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.messages(invalid).values().iterator().next());
        }
        return "redirect:/events/" + eventId + "/matchmaking";
    }

    @PostMapping("/matchmaking/meetings/{requestId}/feedback")
    String feedback(@PathVariable long requestId, @AuthenticationPrincipal SignedIn me,
                    @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        var eventId = requests.get(requestId).eventId();
        try {
            feedback.answer(requestId, form.text("useful").equals("yes"), form.text("followUp").equals("yes"),
                    form.text("note"), me);
            redirect.addFlashAttribute("notice", forms.text("matchmaking.feedback-saved"));
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.messages(invalid).values().iterator().next());
        }
        return "redirect:/events/" + eventId + "/matchmaking#meeting-" + requestId;
    }

    @GetMapping("/meetings/{requestId}/calendar.ics")
    ResponseEntity<String> ics(@PathVariable long requestId, @AuthenticationPrincipal SignedIn me) {
        var entry = meetings.entriesFor(me.id()).stream().filter(e -> e.uid().equals("meeting-" + requestId)).findFirst()
                .orElseThrow(() -> new NotFound("meeting " + requestId));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"silta-meeting-" + requestId + ".ics\"")
                .body(calendar.of(entry, BaseUrl.of(baseUrl)));
    }

    private String requestPage(long id, long to, SignedIn me, Model model, FormValues form) {
        var event = events.seen(id, me);
        var person = registrations.confirmed(id).stream().filter(e -> e.personId() == to && e.listed()).findFirst()
                .orElseThrow(() -> new NotFound("participant " + to));
        model.addAttribute("event", event);
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        return "matchmaking/request";
    }
}
