package org.silta.app.matchmaking;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.programmes.RegistrationBook;
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

/** The organiser forms a group-work item's breakout groups, adjusts them and publishes them. */
@Controller
class BreakoutController {

    private final BreakoutGroups breakouts;
    private final ProgrammeCatalogue catalogue;
    private final MatchmakingEvent events;
    private final RegistrationBook registrations;
    private final Forms forms;

    BreakoutController(BreakoutGroups breakouts, ProgrammeCatalogue catalogue, MatchmakingEvent events,
                       RegistrationBook registrations, Forms forms) {
        this.breakouts = breakouts;
        this.catalogue = catalogue;
        this.events = events;
        this.registrations = registrations;
        this.forms = forms;
    }

    @GetMapping("/sessions/{id}/breakouts/{index}")
    String page(@PathVariable long id, @PathVariable int index, @AuthenticationPrincipal SignedIn me, Model model) {
        var session = catalogue.session(id, me);
        var existing = breakouts.of(id, index);
        var participants = registrations.confirmed(session.eventId()).stream().filter(e -> e.sessions().contains(id)).count();
        var form = FormValues.empty();
        existing.ifPresentOrElse(b -> form.with("groups", b.plan().groups()).with("minSize", b.plan().minSize())
                        .with("maxSize", b.plan().maxSize()).with("rounds", b.plan().rounds())
                        .with("themesQuestion", b.plan().themesQuestion()).with("diversify", b.plan().diversify()),
                () -> form.with("groups", Math.max(1, (participants + 5) / 6)).with("minSize", 1).with("maxSize", 8)
                        .with("rounds", 1).with("diversify", List.of("country", "type")));
        return page(id, index, me, model, form);
    }

    @PostMapping("/sessions/{id}/breakouts/{index}")
    String form(@PathVariable long id, @PathVariable int index, @AuthenticationPrincipal SignedIn me,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            breakouts.form(id, index, new BreakoutGroups.Plan(number(form, "groups"), number(form, "minSize"),
                    number(form, "maxSize"), number(form, "rounds"), form.text("themesQuestion"), form.list("diversify")), me);
            return "redirect:/sessions/" + id + "/breakouts/" + index;
        } catch (Invalid invalid) {
            page(id, index, me, model, form);
            return forms.refused("matchmaking/breakouts", model, form, invalid, response);
        }
    }

    @PostMapping("/breakouts/{breakout}/move")
    String move(@PathVariable long breakout, @AuthenticationPrincipal SignedIn me, @RequestParam int round,
                @RequestParam long person, @RequestParam int group, RedirectAttributes redirect) {
        var found = breakouts.get(breakout);
        try {
            breakouts.move(breakout, round, person, group, me);
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.messages(invalid).values().iterator().next());
        }
        return "redirect:/sessions/" + found.sessionId() + "/breakouts/" + found.agendaIndex() + "#person-" + round + "-" + person;
    }

    @PostMapping("/breakouts/{breakout}/publish")
    String publish(@PathVariable long breakout, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        var found = breakouts.get(breakout);
        breakouts.publish(breakout, me);
        redirect.addFlashAttribute("notice", forms.text("breakouts.published"));
        return "redirect:/sessions/" + found.sessionId() + "/breakouts/" + found.agendaIndex();
    }

    private String page(long id, int index, SignedIn me, Model model, FormValues form) {
        var session = catalogue.session(id, me);
        var event = events.managed(session.eventId(), me);
        var breakout = breakouts.of(id, index).orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("eventSession", session);
        model.addAttribute("index", index);
        model.addAttribute("item", session.agenda().get(index));
        model.addAttribute("questions", event.questions().stream()
                .filter(q -> q.kind() == QuestionKind.CHOICE || q.kind() == QuestionKind.MULTI_CHOICE).toList());
        model.addAttribute("breakout", breakout);
        var rounds = new LinkedHashMap<Integer, Map<Integer, List<BreakoutGroups.Member>>>();
        if (breakout != null) {
            breakouts.members(breakout.id(), event.id()).forEach(m -> rounds.computeIfAbsent(m.round(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(m.group(), g -> new java.util.ArrayList<>()).add(m));
        }
        model.addAttribute("rounds", rounds);
        model.addAttribute("form", form);
        return "matchmaking/breakouts";
    }

    private static int number(FormValues form, String name) {
        var value = form.integer(name);
        return value == null ? 0 : value;
    }
}
