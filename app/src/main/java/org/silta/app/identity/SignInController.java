package org.silta.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.silta.app.shared.BaseUrl;
import org.silta.app.shared.Forms;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Invalid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, creating an account, and choosing a new password by email link. */
@Controller
class SignInController {

    private final Accounts accounts;
    private final PasswordResets resets;
    private final SessionSignIn sessionSignIn;
    private final Forms forms;
    private final String baseUrl;

    SignInController(Accounts accounts, PasswordResets resets, SessionSignIn sessionSignIn, Forms forms,
                     @Value("${silta.base-url:}") String baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.sessionSignIn = sessionSignIn;
        this.forms = forms;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("form", FormValues.empty());
        return "identity/login";
    }

    @GetMapping("/signup")
    String signUpForm(Model model, Locale locale) {
        model.addAttribute("form", FormValues.empty().with("locale", locale.getLanguage()));
        return "identity/signup";
    }

    @PostMapping("/signup")
    String signUp(@RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var person = accounts.signUp(signUpOf(form));
            sessionSignIn.signIn(person, request, response);
            var next = form.text("next");
            return "redirect:" + (next.startsWith("/") && !next.startsWith("//") ? next : "/");
        } catch (Invalid invalid) {
            return forms.refused("identity/signup", model, form, invalid, response);
        }
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", FormValues.empty());
        return "identity/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            new Invalid.Collector().email("email", form.text("email")).throwIfAny();
            resets.request(form.text("email"), BaseUrl.of(baseUrl));
            redirect.addFlashAttribute("notice", forms.text("password.forgot.sent"));
            return "redirect:/login";
        } catch (Invalid invalid) {
            return forms.refused("identity/password-forgot", model, form, invalid, response);
        }
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("form", FormValues.empty().with("token", token));
        model.addAttribute("usable", resets.isUsable(token));
        return "identity/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam MultiValueMap<String, String> params, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            resets.reset(form.text("token"), form.text("password"));
            redirect.addFlashAttribute("notice", forms.text("password.reset.done"));
            return "redirect:/login";
        } catch (Invalid invalid) {
            model.addAttribute("usable", resets.isUsable(form.text("token")));
            return forms.refused("identity/password-reset", model, form, invalid, response);
        }
    }

    static Accounts.SignUp signUpOf(FormValues form) {
        return new Accounts.SignUp(form.text("email"), form.text("name"), form.text("password"), form.text("locale"),
                form.text("timeZone"), form.list("workingLanguages"));
    }

}
