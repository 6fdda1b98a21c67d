package org.silta.app.programmes;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.BaseUrl;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.springframework.beans.factory.annotation.Value;
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
class EventController {

    private final ProgrammeCatalogue catalogue;
    private final EventEditing editing;
    private final EventInvitations invitations;
    private final RegistrationBook book;
    private final Attendance attendance;
    private final Access access;
    private final Forms forms;
    private final String baseUrl;

    EventController(ProgrammeCatalogue catalogue, EventEditing editing, EventInvitations invitations, RegistrationBook book,
                    Attendance attendance, Access access, Forms forms, @Value("${silta.base-url:}") String baseUrl) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.invitations = invitations;
        this.book = book;
        this.attendance = attendance;
        this.access = access;
        this.forms = forms;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = catalogue.event(id, me);
        var programme = catalogue.programme(event.programmeId(), me);
        model.addAttribute("event", event);
        model.addAttribute("programme", programme);
        model.addAttribute("sessions", catalogue.sessions(id));
        model.addAttribute("registration", book.mine(id, me).orElse(null));
        model.addAttribute("canManage", access.canManage(programme, me));
        model.addAttribute("canFacilitate", access.canFacilitate(programme, me));
        model.addAttribute("canFollow", access.canFollow(programme, me));
        if (access.canFollow(programme, me)) {
            model.addAttribute("counts", attendance.counts(id).stream()
                    .collect(Collectors.toMap(Attendance.Count::sessionId, c -> c)));
        }
        return "events/show";
    }

    @GetMapping("/programmes/{programmeId}/events/new")
    String newForm(@PathVariable long programmeId, @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = catalogue.programme(programmeId, me);
        access.requireManage(programme, me);
        model.addAttribute("programme", programme);
        model.addAttribute("form", FormValues.empty().with("language", programme.defaultLanguage()).with("format", "ONLINE"));
        return "events/form";
    }

    @PostMapping("/programmes/{programmeId}/events/new")
    String create(@PathVariable long programmeId, @AuthenticationPrincipal SignedIn me,
                  @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var settings = new RegistrationSettings(form.integer("capacity"), false, false, true, Eligibility.everyone());
            return "redirect:/events/" + editing.create(programmeId, detailsOf(form), settings, me).id() + "/setup";
        } catch (Invalid invalid) {
            model.addAttribute("programme", catalogue.programme(programmeId, me));
            return forms.refused("events/form", model, form, invalid, response);
        }
    }

    @GetMapping("/events/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = editing.managed(id, me);
        model.addAttribute("event", event);
        model.addAttribute("programme", catalogue.programme(event.programmeId(), me));
        model.addAttribute("form", FormValues.empty().with("language", event.title().fallback()).with("title", event.title())
                .with("format", event.format().name()).with("venue", event.venue()).with("videoLink", event.videoLink())
                .with("timeZone", event.timeZone()).with("startsOn", event.startsOn()).with("endsOn", event.endsOn())
                .with("objectives", event.objectives()).with("background", event.background()));
        return "events/form";
    }

    @PostMapping("/events/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            editing.change(id, detailsOf(form), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/events/" + id;
        } catch (Invalid invalid) {
            var event = editing.managed(id, me);
            model.addAttribute("event", event);
            model.addAttribute("programme", catalogue.programme(event.programmeId(), me));
            return forms.refused("events/form", model, form, invalid, response);
        }
    }

    @GetMapping("/events/{id}/setup")
    String setup(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var event = editing.managed(id, me);
        return setupPage(event, me, model, settingsForm(event));
    }

    @PostMapping("/events/{id}/registration-settings")
    String settings(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                    @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            editing.changeRegistration(id, new RegistrationSettings(form.integer("capacity"), form.checked("requiresApproval"),
                    form.checked("invitationOnly"), form.checked("registrationOpen"),
                    new Eligibility(form.list("eligibleCountries"), form.list("eligibleTypes"))), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/events/" + id + "/setup";
        } catch (Invalid invalid) {
            setupPage(editing.managed(id, me), me, model, form);
            return forms.refused("events/setup", model, form, invalid, response);
        }
    }

    @PostMapping("/events/{id}/audience-groups")
    String addGroup(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                    @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var event = editing.managed(id, me);
            editing.addAudienceGroup(id, form.localized("groupName", event.title().fallback()), me);
            return "redirect:/events/" + id + "/setup#audience-groups";
        } catch (Invalid invalid) {
            var event = editing.managed(id, me);
            setupPage(event, me, model, form);
            return forms.refused("events/setup", model, merge(settingsForm(event), params), invalid, response);
        }
    }

    @PostMapping("/events/{id}/audience-groups/{group}/remove")
    String removeGroup(@PathVariable long id, @PathVariable String group, @AuthenticationPrincipal SignedIn me, Model model,
                       HttpServletResponse response) {
        try {
            editing.removeAudienceGroup(id, group, me);
            return "redirect:/events/" + id + "/setup#audience-groups";
        } catch (Invalid invalid) {
            var event = editing.managed(id, me);
            setupPage(event, me, model, settingsForm(event));
            return forms.refused("events/setup", model, settingsForm(event), invalid, response);
        }
    }

    @PostMapping("/events/{id}/questions")
    String addQuestion(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                       @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        var event = editing.managed(id, me);
        try {
            var options = Arrays.asList(form.text("questionOptions").split("\\R"));
            editing.addQuestion(id, ProgrammeController.parse(QuestionKind.class, form.text("questionKind")),
                    form.localized("questionLabel", event.title().fallback()), options, form.checked("questionRequired"), me);
            return "redirect:/events/" + id + "/setup#questions";
        } catch (Invalid invalid) {
            setupPage(event, me, model, form);
            return forms.refused("events/setup", model, merge(settingsForm(event), params), invalid, response);
        }
    }

    @PostMapping("/events/{id}/questions/{question}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable String question, @AuthenticationPrincipal SignedIn me) {
        editing.removeQuestion(id, question, me);
        return "redirect:/events/" + id + "/setup#questions";
    }

    @GetMapping("/events/{id}/invitations")
    String invitationsPage(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        return invitationsPage(id, me, model, FormValues.empty());
    }

    @PostMapping("/events/{id}/invitations")
    String invite(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            var count = invitations.invite(id, form.text("emails"), form.text("message"), me, BaseUrl.of(baseUrl));
            redirect.addFlashAttribute("notice", forms.text("invitations.sent", count));
            return "redirect:/events/" + id + "/invitations";
        } catch (Invalid invalid) {
            invitationsPage(id, me, model, form);
            return forms.refused("events/invitations", model, form, invalid, response);
        }
    }

    private String invitationsPage(long id, SignedIn me, Model model, FormValues form) {
        var event = editing.managed(id, me);
        model.addAttribute("event", event);
        model.addAttribute("sent", invitations.sent(id, me));
        model.addAttribute("form", form);
        return "events/invitations";
    }

    private String setupPage(Event event, SignedIn me, Model model, FormValues form) {
        model.addAttribute("event", event);
        model.addAttribute("programme", catalogue.programme(event.programmeId(), me));
        model.addAttribute("sessions", catalogue.sessions(event.id()));
        model.addAttribute("form", form);
        return "events/setup";
    }

    private static FormValues settingsForm(Event event) {
        return FormValues.empty().with("capacity", event.capacity()).with("requiresApproval", event.requiresApproval())
                .with("invitationOnly", event.invitationOnly()).with("registrationOpen", event.registrationOpen())
                .with("eligibleCountries", event.eligibility().countries()).with("eligibleTypes", event.eligibility().types());
    }

    private static FormValues merge(FormValues form, MultiValueMap<String, String> params) {
        params.forEach(form::with);
        return form;
    }

    private static EventDetails detailsOf(FormValues form) {
        var language = form.text("language").isEmpty() ? "en" : form.text("language");
        return new EventDetails(form.localized("title", language), ProgrammeController.parse(EventFormat.class, form.text("format")),
                form.text("venue"), form.text("videoLink"), form.text("timeZone"), form.date("startsOn"), form.date("endsOn"),
                form.localized("objectives", language), form.localized("background", language));
    }
}
