package org.silta.app.programmes;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.BaseUrl;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Times;
import org.springframework.beans.factory.annotation.Value;
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

@Controller
class SessionController {

    private final ProgrammeCatalogue catalogue;
    private final SessionEditing editing;
    private final EventEditing eventEditing;
    private final SessionCalendar calendar;
    private final Times times;
    private final Forms forms;
    private final String baseUrl;

    SessionController(ProgrammeCatalogue catalogue, SessionEditing editing, EventEditing eventEditing, SessionCalendar calendar,
                      Times times, Forms forms, @Value("${silta.base-url:}") String baseUrl) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.eventEditing = eventEditing;
        this.calendar = calendar;
        this.times = times;
        this.forms = forms;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/events/{eventId}/sessions/new")
    String newForm(@PathVariable long eventId, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = eventEditing.managed(eventId, me);
        var day = event.startsOn().toString();
        return page(event, null, model, FormValues.empty().with("language", event.title().fallback())
                .with("format", event.format().name()).with("start", day + "T10:00").with("end", day + "T12:00"));
    }

    @PostMapping("/events/{eventId}/sessions/new")
    String create(@PathVariable long eventId, @AuthenticationPrincipal SignedIn me,
                  @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var session = editing.create(eventId, detailsOf(form), me);
            return "redirect:/sessions/" + session.id() + "/edit";
        } catch (Invalid invalid) {
            page(eventEditing.managed(eventId, me), null, model, form);
            return forms.refused("sessions/form", model, form, invalid, response);
        }
    }

    @GetMapping("/sessions/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var session = catalogue.session(id, me);
        var event = eventEditing.managed(session.eventId(), me);
        return page(event, session, model, sessionForm(session, event));
    }

    @PostMapping("/sessions/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            editing.change(id, detailsOf(form), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/sessions/" + id + "/edit";
        } catch (Invalid invalid) {
            var session = catalogue.session(id, me);
            page(eventEditing.managed(session.eventId(), me), session, model, form);
            return forms.refused("sessions/form", model, form, invalid, response);
        }
    }

    @PostMapping("/sessions/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        var session = catalogue.session(id, me);
        editing.delete(id, me);
        redirect.addFlashAttribute("notice", forms.text("session.deleted"));
        return "redirect:/events/" + session.eventId() + "/setup";
    }

    @PostMapping("/sessions/{id}/agenda")
    String addItem(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                   Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        var session = catalogue.session(id, me);
        var event = eventEditing.managed(session.eventId(), me);
        try {
            var minutes = form.integer("itemMinutes");
            editing.addAgendaItem(id, new Session.AgendaItem(ProgrammeController.parse(AgendaKind.class, form.text("itemKind")),
                    form.localized("itemTitle", event.title().fallback()), minutes == null ? 0 : minutes,
                    form.text("itemSpeakers")), me);
            return "redirect:/sessions/" + id + "/edit#agenda";
        } catch (Invalid invalid) {
            var merged = sessionForm(session, event);
            params.forEach(merged::with);
            page(event, session, model, merged);
            return forms.refused("sessions/form", model, merged, invalid, response);
        }
    }

    @PostMapping("/sessions/{id}/agenda/{index}/remove")
    String removeItem(@PathVariable long id, @PathVariable int index, @AuthenticationPrincipal SignedIn me) {
        editing.removeAgendaItem(id, index, me);
        return "redirect:/sessions/" + id + "/edit#agenda";
    }

    @PostMapping("/sessions/{id}/agenda/{index}/move")
    String moveItem(@PathVariable long id, @PathVariable int index, @RequestParam int by, @AuthenticationPrincipal SignedIn me) {
        editing.moveAgendaItem(id, index, by, me);
        return "redirect:/sessions/" + id + "/edit#agenda";
    }

    @GetMapping(value = "/sessions/{id}/calendar.ics")
    ResponseEntity<String> ics(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Locale locale) {
        var session = catalogue.session(id, me);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"silta-session-" + id + ".ics\"")
                .body(calendar.of(session, locale, BaseUrl.of(baseUrl)));
    }

    /** A person's private calendar feed: the link itself is the key, so calendar applications can subscribe. */
    @GetMapping("/calendar/{token}")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(calendar.feed(token, BaseUrl.of(baseUrl)));
    }

    private String page(Event event, Session session, Model model, FormValues form) {
        model.addAttribute("event", event);
        model.addAttribute("eventSession", session);
        model.addAttribute("form", form);
        return "sessions/form";
    }

    private FormValues sessionForm(Session session, Event event) {
        return FormValues.empty().with("language", session.title().fallback()).with("title", session.title())
                .with("start", times.inputValue(session.startsAt(), event.timeZone()))
                .with("end", times.inputValue(session.endsAt(), event.timeZone()))
                .with("format", session.format().name()).with("audienceGroups", session.audienceGroups())
                .with("eligibleCountries", session.eligibility().countries())
                .with("eligibleTypes", session.eligibility().types());
    }

    private static SessionEditing.Details detailsOf(FormValues form) {
        var language = form.text("language").isEmpty() ? "en" : form.text("language");
        return new SessionEditing.Details(form.localized("title", language), form.dateTime("start"), form.dateTime("end"),
                ProgrammeController.parse(EventFormat.class, form.text("format")), form.list("audienceGroups"),
                new Eligibility(form.list("eligibleCountries"), form.list("eligibleTypes")));
    }
}
