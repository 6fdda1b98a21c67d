package org.silta.app.programmes;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.Answers;
import org.silta.app.shared.Downloads;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
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
class RegistrationController {

    private final ProgrammeCatalogue catalogue;
    private final Registering registering;
    private final RegistrationBook book;
    private final RegistrationExport export;
    private final OrganisationRegistry organisations;
    private final Access access;
    private final Forms forms;

    RegistrationController(ProgrammeCatalogue catalogue, Registering registering, RegistrationBook book,
                           RegistrationExport export, OrganisationRegistry organisations, Access access, Forms forms) {
        this.catalogue = catalogue;
        this.registering = registering;
        this.book = book;
        this.export = export;
        this.organisations = organisations;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/events/{id}/register")
    String form(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var existing = book.mine(id, me).filter(r -> r.status().isActive());
        if (existing.isPresent()) {
            return "redirect:/registrations/" + existing.get().id();
        }
        var form = FormValues.empty().with("listed", true);
        organisations.of(me.id()).stream().findFirst().ifPresent(organisation -> form
                .with("organisationName", organisation.name().fallbackText())
                .with("organisationType", organisation.type().name()).with("country", organisation.country()));
        return page(catalogue.event(id, me), null, me, model, form);
    }

    @PostMapping("/events/{id}/register")
    String register(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                    @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            var registration = registering.register(id, formOf(form), me);
            redirect.addFlashAttribute("notice", forms.text("registration.your-status." + registration.status()));
            return "redirect:/registrations/" + registration.id();
        } catch (Invalid invalid) {
            page(catalogue.event(id, me), null, me, model, form);
            return forms.refused("registrations/form", model, form, invalid, response);
        }
    }

    @GetMapping("/registrations/{id}")
    String mine(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var registration = book.own(id, me).orElseThrow(() -> new NotFound("registration " + id));
        var organisation = registration.organisationId() == null ? null : organisations.find(registration.organisationId()).orElse(null);
        var form = FormValues.empty().with("audienceGroup", registration.audienceGroup())
                .with("sessions", List.copyOf(registration.sessionIds())).with("listed", registration.listed())
                .with("privacyAgreed", true).with("country", registration.country())
                .with("organisationType", registration.organisationType())
                .with("organisationName", organisation == null ? "" : organisation.name().fallbackText());
        registration.answers().values().forEach((question, values) -> form.with("answer." + question, values));
        return page(catalogue.event(registration.eventId(), me), registration, me, model, form);
    }

    @PostMapping("/registrations/{id}")
    String change(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            registering.change(id, formOf(form), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/registrations/" + id;
        } catch (Invalid invalid) {
            var registration = book.own(id, me).orElseThrow(() -> new NotFound("registration " + id));
            page(catalogue.event(registration.eventId(), me), registration, me, model, form);
            return forms.refused("registrations/form", model, form, invalid, response);
        }
    }

    /** The registrant cancels their own registration, or an organiser cancels one from the list. */
    @PostMapping("/registrations/{id}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        var registration = registering.cancel(id, me);
        redirect.addFlashAttribute("notice", forms.text("registration.cancelled"));
        var own = registration.personId() != null && registration.personId() == me.id();
        return own ? "redirect:/events/" + registration.eventId() : "redirect:/events/" + registration.eventId() + "/registrations";
    }

    @PostMapping("/registrations/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return "redirect:/events/" + registering.approve(id, me).eventId() + "/registrations";
    }

    @PostMapping("/registrations/{id}/decline")
    String decline(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return "redirect:/events/" + registering.decline(id, me).eventId() + "/registrations";
    }

    @GetMapping("/events/{id}/registrations")
    String list(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = catalogue.event(id, me);
        var programme = catalogue.programme(event.programmeId(), me);
        var entries = book.entries(id, me);
        model.addAttribute("event", event);
        model.addAttribute("entries", entries);
        model.addAttribute("sessions", catalogue.sessions(id));
        model.addAttribute("canManage", access.canManage(programme, me));
        model.addAttribute("confirmed", entries.stream().filter(e -> e.status() == RegistrationStatus.CONFIRMED).count());
        model.addAttribute("waiting", entries.stream().filter(e -> e.status() == RegistrationStatus.WAITING).count());
        model.addAttribute("pending", entries.stream().filter(e -> e.status() == RegistrationStatus.PENDING).count());
        return "registrations/list";
    }

    @GetMapping("/events/{id}/registrations.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Locale locale) {
        return Downloads.table(export.table(id, me, locale), false, "registrations-" + id);
    }

    @GetMapping("/events/{id}/registrations.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Locale locale) {
        return Downloads.table(export.table(id, me, locale), true, "registrations-" + id);
    }

    @GetMapping("/events/{id}/participants")
    String participants(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("event", catalogue.event(id, me));
        model.addAttribute("participants", book.participants(id, me));
        return "registrations/participants";
    }

    private String page(Event event, Registration registration, SignedIn me, Model model, FormValues form) {
        model.addAttribute("event", event);
        model.addAttribute("programme", catalogue.programme(event.programmeId(), me));
        model.addAttribute("sessions", catalogue.sessions(event.id()));
        model.addAttribute("registration", registration);
        model.addAttribute("waitingPosition", registration != null && registration.status() == RegistrationStatus.WAITING
                ? book.waitingPosition(registration) : 0);
        model.addAttribute("form", form);
        return "registrations/form";
    }


    static Registration.Form formOf(FormValues form) {
        return new Registration.Form(form.text("organisationName"), form.text("organisationType"), form.text("country"),
                form.text("audienceGroup"), form.ids("sessions"), new Answers(form.prefixed("answer.")),
                form.checked("listed"), form.checked("privacyAgreed"));
    }
}
