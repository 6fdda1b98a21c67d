package org.silta.app.matchmaking;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.web.Options;
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

/** An organisation's matchmaking profile in a programme, and the marketplace of everyone's offers and needs. */
@Controller("matchmakingProfileController")
class ProfileController {

    static final int ROWS = 5;

    private final ProfileEditing profiles;
    private final Marketplace marketplace;
    private final ProgrammeCatalogue catalogue;
    private final OrganisationRegistry organisations;
    private final Forms forms;
    private final Concepts concepts;
    private final Options options;

    ProfileController(ProfileEditing profiles, Marketplace marketplace, ProgrammeCatalogue catalogue,
                      OrganisationRegistry organisations, Forms forms, Concepts concepts, Options options) {
        this.options = options;
        this.concepts = concepts;
        this.profiles = profiles;
        this.marketplace = marketplace;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.forms = forms;
    }

    @GetMapping("/programmes/{id}/profile")
    String form(@PathVariable long id, @RequestParam(required = false) Long organisation, @AuthenticationPrincipal SignedIn me,
                Model model, Locale locale) {
        var mine = organisations.of(me.id());
        var chosen = organisation != null ? organisation : mine.isEmpty() ? null : mine.getFirst().id();
        var form = FormValues.empty().with("organisation", chosen);
        var profile = chosen == null ? null : profiles.of(id, chosen).orElse(null);
        if (profile != null) {
            form.with("languages", profile.languages());
            fill(form, "offer", profile.of(Profile.Kind.OFFER));
            fill(form, "need", profile.of(Profile.Kind.NEED));
        }
        return page(id, me, model, form);
    }

    @PostMapping("/programmes/{id}/profile")
    String save(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var form = FormValues.of(params);
        var organisation = form.ids("organisation").stream().findFirst().orElse(-1L);
        try {
            var statements = new ArrayList<Profile.Statement>();
            statements.addAll(read(form, "offer", Profile.Kind.OFFER));
            statements.addAll(read(form, "need", Profile.Kind.NEED));
            profiles.save(id, organisation, form.list("languages"), statements, locale.getLanguage(), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/programmes/" + id + "/marketplace";
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("matchmaking/profile", model, form, invalid, response);
        }
    }

    /** Concepts matching the last term typed into a concepts field, as options of its datalist. */
    @GetMapping("/matchmaking/concepts")
    String suggestions(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        var typed = params.values().stream().flatMap(List::stream).findFirst().orElse("");
        var terms = typed.split(",", -1);
        var last = terms[terms.length - 1].strip();
        var before = typed.substring(0, typed.length() - terms[terms.length - 1].length());
        model.addAttribute("prefix", before.isEmpty() ? "" : before.strip() + " ");
        model.addAttribute("suggestions", concepts.suggest(last, 8));
        model.addAttribute("language", locale.getLanguage());
        return "matchmaking/concepts :: options";
    }

    @GetMapping("/programmes/{id}/marketplace")
    String marketplace(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String type,
                       @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String concept,
                       Model model) {
        model.addAttribute("programme", catalogue.programme(id, me));
        model.addAttribute("listings", marketplace.search(id, new Marketplace.Filter(q, concept, country, type,
                kind.isEmpty() ? null : Profile.Kind.valueOf(kind))));
        model.addAttribute("form", FormValues.empty().with("q", q).with("country", country).with("type", type).with("kind", kind));
        model.addAttribute("kinds", options.labelled(Profile.Kind.values(), "matchmaking.kind."));
        return "matchmaking/marketplace";
    }

    private String page(long id, SignedIn me, Model model, FormValues form) {
        model.addAttribute("programme", catalogue.programme(id, me));
        model.addAttribute("organisations", organisations.of(me.id()));
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("form", form);
        return "matchmaking/profile";
    }

    private static void fill(FormValues form, String prefix, List<Profile.Statement> statements) {
        for (int i = 0; i < statements.size() && i < ROWS; i++) {
            var statement = statements.get(i);
            form.with(prefix + i + ".text", statement.text()).with(prefix + i + ".language", statement.language())
                    .with(prefix + i + ".concepts", String.join(", ", statement.concepts()));
        }
    }

    private static List<Profile.Statement> read(FormValues form, String prefix, Profile.Kind kind) {
        var result = new ArrayList<Profile.Statement>();
        for (int i = 0; i < ROWS; i++) {
            var text = form.text(prefix + i + ".text");
            if (!text.isEmpty()) {
                var concepts = Arrays.stream(form.text(prefix + i + ".concepts").split("[,\\s]+"))
                        .filter(c -> !c.isBlank()).toList();
                result.add(new Profile.Statement(kind, text, form.text(prefix + i + ".language"), concepts));
            }
        }
        return result;
    }
}
