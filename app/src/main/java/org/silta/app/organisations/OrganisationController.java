package org.silta.app.organisations;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Forbidden;
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
class OrganisationController {

    private final OrganisationRegistry registry;
    private final Forms forms;

    OrganisationController(OrganisationRegistry registry, Forms forms) {
        this.registry = registry;
        this.forms = forms;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String country, Model model) {
        model.addAttribute("organisations", registry.search(q, country, 200));
        model.addAttribute("form", FormValues.empty().with("q", q).with("country", country));
        return "organisations/list";
    }

    @GetMapping("/organisations/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", FormValues.empty().with("language", locale.getLanguage()));
        return "organisations/form";
    }

    @PostMapping("/organisations/new")
    String create(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var entry = registry.register(detailsOf(form), me.id(), form.checked("confirmedNew"));
            if (!entry.isCreated()) {
                model.addAttribute("sameName", entry.sameName());
                model.addAttribute("form", form);
                return "organisations/form";
            }
            return "redirect:/organisations/" + entry.created().id();
        } catch (Invalid invalid) {
            return forms.refused("organisations/form", model, form, invalid, response);
        }
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var organisation = registry.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("canEdit", canEdit(id, me));
        model.addAttribute("memberCount", registry.members(id).size());
        return "organisations/show";
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var organisation = editable(id, me);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", FormValues.empty().with("name", organisation.name())
                .with("language", organisation.name().fallback()).with("type", organisation.type().name())
                .with("country", organisation.country()).with("website", organisation.website())
                .with("description", organisation.description()));
        return "organisations/form";
    }

    @PostMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var organisation = editable(id, me);
        var form = FormValues.of(params);
        try {
            registry.change(id, detailsOf(form));
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/organisations/" + id;
        } catch (Invalid invalid) {
            model.addAttribute("organisation", organisation);
            return forms.refused("organisations/form", model, form, invalid, response);
        }
    }

    private Organisation editable(long id, SignedIn me) {
        var organisation = registry.get(id);
        if (!canEdit(id, me)) {
            throw new Forbidden("editing organisation " + id);
        }
        return organisation;
    }

    private boolean canEdit(long id, SignedIn me) {
        return me != null && (me.platformAdmin() || registry.isMember(id, me.id()));
    }

    private static OrganisationRegistry.Details detailsOf(FormValues form) {
        var language = form.text("language").isEmpty() ? "en" : form.text("language");
        return new OrganisationRegistry.Details(form.localized("name", language), form.text("type"), form.text("country"),
                form.text("website"), form.localized("description", language));
    }
}
