package org.silta.app.programmes;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
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
class ProgrammeController {

    private final ProgrammeCatalogue catalogue;
    private final ProgrammeEditing editing;
    private final Access access;
    private final OrganisationRegistry organisations;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Forms forms;

    ProgrammeController(ProgrammeCatalogue catalogue, ProgrammeEditing editing, Access access,
                        OrganisationRegistry organisations, Accounts accounts, AuditLog audit, Forms forms) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.access = access;
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.forms = forms;
    }

    @GetMapping("/programmes/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", FormValues.empty().with("defaultLanguage", locale.getLanguage()));
        return "programmes/form";
    }

    @PostMapping("/programmes/new")
    String create(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            return "redirect:/programmes/" + editing.create(detailsOf(form), me).id();
        } catch (Invalid invalid) {
            return forms.refused("programmes/form", model, form, invalid, response);
        }
    }

    @GetMapping("/programmes/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = catalogue.programme(id, me);
        model.addAttribute("programme", programme);
        model.addAttribute("events", catalogue.events(id));
        model.addAttribute("organisations", organisations.all(programme.coOrganisers().stream()
                .map(Programme.CoOrganiser::organisationId).toList()));
        model.addAttribute("canManage", access.canManage(programme, me));
        model.addAttribute("canFollow", access.canFollow(programme, me));
        return "programmes/show";
    }

    @GetMapping("/programmes/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = catalogue.programme(id, me);
        access.requireManage(programme, me);
        model.addAttribute("programme", programme);
        model.addAttribute("form", FormValues.empty().with("title", programme.title()).with("summary", programme.summary())
                .with("defaultLanguage", programme.defaultLanguage()).with("countries", programme.countries())
                .with("focusSectors", String.join(", ", programme.focusSectors())));
        return "programmes/form";
    }

    @PostMapping("/programmes/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            editing.change(id, detailsOf(form), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/programmes/" + id;
        } catch (Invalid invalid) {
            model.addAttribute("programme", catalogue.programme(id, me));
            return forms.refused("programmes/form", model, form, invalid, response);
        }
    }

    @PostMapping("/programmes/{id}/status")
    String status(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam String status,
                  RedirectAttributes redirect) {
        editing.changeStatus(id, parse(ProgrammeStatus.class, status), me);
        redirect.addFlashAttribute("notice", forms.text("common.saved"));
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/programmes/{id}/team")
    String team(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = catalogue.programme(id, me);
        access.requireManage(programme, me);
        return teamPage(programme, model, FormValues.empty());
    }

    @PostMapping("/programmes/{id}/co-organisers")
    String addCoOrganiser(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                          @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var organisation = form.ids("organisation");
            editing.addCoOrganiser(id, organisation.isEmpty() ? null : organisation.getFirst(),
                    parse(CoOrganiserRole.class, form.text("role")), me);
            return "redirect:/programmes/" + id + "/team";
        } catch (Invalid invalid) {
            teamPage(catalogue.programme(id, me), model, form);
            return forms.refused("programmes/team", model, form, invalid, response);
        }
    }

    @PostMapping("/programmes/{id}/co-organisers/remove")
    String removeCoOrganiser(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam long organisation,
                             @RequestParam String role) {
        editing.removeCoOrganiser(id, organisation, parse(CoOrganiserRole.class, role), me);
        return "redirect:/programmes/" + id + "/team";
    }

    @PostMapping("/programmes/{id}/team")
    String putTeamMember(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                         @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            editing.putTeamMember(id, form.text("email"), parse(ProgrammeRole.class, form.text("teamRole")), me);
            return "redirect:/programmes/" + id + "/team";
        } catch (Invalid invalid) {
            teamPage(catalogue.programme(id, me), model, form);
            return forms.refused("programmes/team", model, form, invalid, response);
        }
    }

    @PostMapping("/programmes/{id}/team/{personId}/remove")
    String removeTeamMember(@PathVariable long id, @PathVariable long personId, @AuthenticationPrincipal SignedIn me,
                            Model model, HttpServletResponse response) {
        try {
            editing.removeTeamMember(id, personId, me);
            return "redirect:/programmes/" + id + "/team";
        } catch (Invalid invalid) {
            teamPage(catalogue.programme(id, me), model, FormValues.empty());
            return forms.refused("programmes/team", model, FormValues.empty(), invalid, response);
        }
    }

    @GetMapping("/programmes/{id}/audit")
    String audit(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = catalogue.programme(id, me);
        access.requireFollow(programme, me);
        model.addAttribute("programme", programme);
        model.addAttribute("entries", audit.of(id, 500));
        return "programmes/audit";
    }

    private String teamPage(Programme programme, Model model, FormValues form) {
        model.addAttribute("programme", programme);
        model.addAttribute("organisations", organisations.all(programme.coOrganisers().stream()
                .map(Programme.CoOrganiser::organisationId).toList()));
        model.addAttribute("people", accounts.all(programme.team().stream().map(Programme.TeamMember::personId).toList()));
        model.addAttribute("candidates", organisations.search("", "", 1000));
        model.addAttribute("form", form);
        return "programmes/team";
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static ProgrammeDetails detailsOf(FormValues form) {
        var language = form.text("defaultLanguage");
        var sectors = java.util.Arrays.stream(form.text("focusSectors").split("[,;\\n]"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new ProgrammeDetails(form.localized("title", language), form.localized("summary", language), language,
                form.list("countries"), sectors);
    }
}
