package org.silta.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own page: profile, password, calendar link, and their data: download it or erase the account. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final Forms forms;

    ProfileController(Accounts accounts, Forms forms) {
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping("/me")
    String profile(@AuthenticationPrincipal SignedIn me, Model model) {
        var person = accounts.get(me.id());
        model.addAttribute("form", FormValues.empty().with("name", person.name()).with("locale", person.locale())
                .with("timeZone", person.timeZone()).with("workingLanguages", person.workingLanguages()));
        return "identity/profile";
    }

    @PostMapping("/me")
    String change(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            accounts.updateProfile(me.id(), new Accounts.Profile(form.text("name"), form.text("locale"),
                    form.text("timeZone"), form.list("workingLanguages")));
            redirect.addFlashAttribute("notice", forms.text("profile.saved"));
            return "redirect:/me?lang=" + form.text("locale");
        } catch (Invalid invalid) {
            return forms.refused("identity/profile", model, form, invalid, response);
        }
    }

    @PostMapping("/me/password")
    String changePassword(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            accounts.changePassword(me.id(), form.text("currentPassword"), form.text("password"));
            redirect.addFlashAttribute("notice", forms.text("profile.password-changed"));
            return "redirect:/me";
        } catch (Invalid invalid) {
            var person = accounts.get(me.id());
            form.with("name", person.name()).with("locale", person.locale()).with("timeZone", person.timeZone())
                    .with("workingLanguages", person.workingLanguages());
            return forms.refused("identity/profile", model, form, invalid, response);
        }
    }

    /** Everything Silta holds about the signed-in person, as a JSON download. */
    @GetMapping(value = "/me/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal SignedIn me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"silta-my-data.json\"")
                .body(accounts.export(me.id()));
    }

    /** Erases the account after the person typed their email address to confirm; signs them out. */
    @PostMapping("/me/erase")
    String erase(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params, Model model,
                 HttpServletRequest request, HttpServletResponse response) throws ServletException {
        var form = FormValues.of(params);
        if (!Accounts.normalise(form.text("confirmEmail")).equals(me.email())) {
            var person = accounts.get(me.id());
            form.with("name", person.name()).with("locale", person.locale()).with("timeZone", person.timeZone())
                    .with("workingLanguages", person.workingLanguages());
            return forms.refused("identity/profile", model, form, Invalid.of("confirmEmail", "invalid.confirm-email"), response);
        }
        accounts.erase(me.id());
        request.logout();
        return "redirect:/?erased";
    }
}
