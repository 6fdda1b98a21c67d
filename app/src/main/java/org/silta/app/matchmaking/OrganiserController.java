package org.silta.app.matchmaking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Downloads;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.web.Options;
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

/** The organiser's side of an event's matchmaking: rules, slots, the draft schedule and its publication. */
@Controller
class OrganiserController {

    private final MatchmakingEvent events;
    private final MatchmakingSetup setup;
    private final MeetingRequests requests;
    private final MeetingSchedules schedules;
    private final MeetingFeedback feedback;
    private final Accounts accounts;
    private final Forms forms;
    private final Options options;
    private final MeetingsExport export;

    OrganiserController(MatchmakingEvent events, MatchmakingSetup setup, MeetingRequests requests, MeetingSchedules schedules,
                        MeetingFeedback feedback, Accounts accounts, Forms forms, Options options, MeetingsExport export) {
        this.options = options;
        this.export = export;
        this.events = events;
        this.setup = setup;
        this.requests = requests;
        this.schedules = schedules;
        this.feedback = feedback;
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping({"/events/{id}/matchmaking/meetings.csv", "/events/{id}/matchmaking/meetings.xlsx"})
    ResponseEntity<byte[]> meetings(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Locale locale,
                                    HttpServletRequest request) {
        return Downloads.table(export.of(id, me, locale), request.getRequestURI().endsWith(".xlsx"), "meetings-" + id);
    }

    @GetMapping("/events/{id}/matchmaking/organise")
    String page(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var settings = setup.settings(id);
        return page(id, me, model, FormValues.empty().with("requestBudget", settings.requestBudget())
                .with("requestHours", settings.requestHours()).with("meetingMinutes", settings.meetingMinutes())
                .with("videoPattern", settings.videoPattern()).with("rule", settings.rule().name()).with("wanted", 12));
    }

    @PostMapping("/events/{id}/matchmaking/settings")
    String settings(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            setup.change(id, new Settings(number(form, "requestBudget"), number(form, "requestHours"),
                    number(form, "meetingMinutes"), form.text("videoPattern"), rule(form.text("rule"))), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/events/" + id + "/matchmaking/organise";
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("matchmaking/organise", model, form, invalid, response);
        }
    }

    @PostMapping("/events/{id}/matchmaking/slots")
    String addSlot(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                   Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            setup.addSlot(id, form.dateTime("slotStart"), form.integer("slotCapacity"), me);
            return "redirect:/events/" + id + "/matchmaking/organise#slots";
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("matchmaking/organise", model, form, invalid, response);
        }
    }

    @PostMapping("/events/{id}/matchmaking/slots/propose")
    String propose(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            var added = setup.proposeSlots(id, number(form, "wanted"), form.integer("proposedCapacity"), me);
            redirect.addFlashAttribute("notice", forms.text("matchmaking.slots-proposed", added));
            return "redirect:/events/" + id + "/matchmaking/organise#slots";
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("matchmaking/organise", model, form, invalid, response);
        }
    }

    @PostMapping("/events/{id}/matchmaking/slots/{slot}/remove")
    String removeSlot(@PathVariable long id, @PathVariable long slot, @AuthenticationPrincipal SignedIn me) {
        setup.removeSlot(id, slot, me);
        return "redirect:/events/" + id + "/matchmaking/organise#slots";
    }

    @PostMapping("/events/{id}/matchmaking/schedules")
    String draft(@PathVariable long id, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        try {
            schedules.draft(id, me);
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.messages(invalid).values().iterator().next());
        }
        return "redirect:/events/" + id + "/matchmaking/organise#schedule";
    }

    @PostMapping("/matchmaking/schedules/{schedule}/{action}")
    String decide(@PathVariable long schedule, @PathVariable String action, @AuthenticationPrincipal SignedIn me,
                  RedirectAttributes redirect) {
        var eventId = schedules.summary(schedule).eventId();
        try {
            if (action.equals("publish")) {
                schedules.publish(schedule, me);
                redirect.addFlashAttribute("notice", forms.text("matchmaking.published"));
            } else {
                schedules.discard(schedule, me);
            }
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.messages(invalid).values().iterator().next());
        }
        return "redirect:/events/" + eventId + "/matchmaking/organise#schedule";
    }

    private String page(long id, SignedIn me, Model model, FormValues form) {
        var event = events.managed(id, me);
        var slots = setup.slots(id);
        var draft = schedules.latestDraft(id);
        model.addAttribute("event", event);
        model.addAttribute("slots", slots);
        model.addAttribute("slotsById", slots.stream().collect(Collectors.toMap(MatchmakingSetup.Slot::id, Function.identity())));
        model.addAttribute("pending", requests.count(id, MeetingRequests.Status.PENDING));
        model.addAttribute("accepted", requests.count(id, MeetingRequests.Status.ACCEPTED));
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("published", schedules.published(id).orElse(null));
        var shown = draft.or(() -> schedules.published(id));
        var placements = shown.map(d -> schedules.placements(d.id())).orElse(java.util.List.of());
        model.addAttribute("placements", placements);
        var pairs = placements.stream().map(p -> requests.get(p.requestId()))
                .collect(Collectors.toMap(MeetingRequests.Request::id, Function.identity()));
        model.addAttribute("pairs", pairs);
        model.addAttribute("names", accounts.all(pairs.values().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.from(), r.to())).toList())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        model.addAttribute("feedback", feedback.counts(id));
        model.addAttribute("rules", options.labelled(WhoMeetsWhom.values(), "matchmaking.rule."));
        model.addAttribute("form", form);
        return "matchmaking/organise";
    }

    private static int number(FormValues form, String name) {
        var value = form.integer(name);
        return value == null ? 0 : value;
    }

    private static WhoMeetsWhom rule(String value) {
        for (var rule : WhoMeetsWhom.values()) {
            if (rule.name().equals(value)) {
                return rule;
            }
        }
        return null;
    }
}
