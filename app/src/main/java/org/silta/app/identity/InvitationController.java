package org.silta.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Following an invitation link: on to the invitation's page, creating an account on the way when needed. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Accounts accounts;
    private final SessionSignIn sessionSignIn;
    private final Forms forms;

    InvitationController(Invitations invitations, Accounts accounts, SessionSignIn sessionSignIn, Forms forms) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.forms = forms;
    }

    @GetMapping("/invitations/{token}")
    String follow(@PathVariable String token, @AuthenticationPrincipal SignedIn me, Model model, Locale locale,
                  HttpServletResponse response) {
        var invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "identity/invitation-expired";
        }
        if (me != null || accounts.byEmail(invitation.get().email()).isPresent()) {
            return "redirect:" + invitation.get().target();
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute("form", FormValues.empty().with("locale", locale.getLanguage()));
        return "identity/invitation";
    }

    @PostMapping("/invitations/{token}")
    String createAccount(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        var invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "identity/invitation-expired";
        }
        var form = FormValues.of(params);
        try {
            var person = accounts.signUp(new Accounts.SignUp(invitation.get().email(), form.text("name"),
                    form.text("password"), form.text("locale"), form.text("timeZone"), form.list("workingLanguages")));
            sessionSignIn.signIn(person, request, response);
            return "redirect:" + invitation.get().target();
        } catch (Invalid invalid) {
            model.addAttribute("invitation", invitation.get());
            model.addAttribute("token", token);
            return forms.refused("identity/invitation", model, form, invalid, response);
        }
    }
}
