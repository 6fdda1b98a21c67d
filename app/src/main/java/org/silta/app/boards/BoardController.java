package org.silta.app.boards;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.realtime.LiveUpdates;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.silta.app.web.Options;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class BoardController {

    private final BoardView view;
    private final BoardActions actions;
    private final BoardSetup setup;
    private final BoardTemplates templates;
    private final BoardExport export;
    private final IdeaProposals ideas;
    private final ClusterSuggestions suggestions;
    private final GroupBoards groups;
    private final ProgrammeCatalogue catalogue;
    private final LiveUpdates live;
    private final Forms forms;
    private final String baseUrl;

    BoardController(BoardView view, BoardActions actions, BoardSetup setup, BoardTemplates templates, BoardExport export,
                    IdeaProposals ideas, ClusterSuggestions suggestions, GroupBoards groups, ProgrammeCatalogue catalogue, LiveUpdates live, Forms forms,
                    @Value("${silta.base-url:}") String baseUrl) {
        this.view = view;
        this.actions = actions;
        this.setup = setup;
        this.templates = templates;
        this.export = export;
        this.ideas = ideas;
        this.suggestions = suggestions;
        this.groups = groups;
        this.catalogue = catalogue;
        this.live = live;
        this.forms = forms;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/sessions/{sessionId}/agenda/{position}/board")
    String agendaItem(@PathVariable long sessionId, @PathVariable int position, @AuthenticationPrincipal SignedIn me,
                      Model model) {
        var board = setup.onAgendaItem(sessionId, position);
        if (board.isPresent()) {
            var landing = me == null ? java.util.Optional.<Board>empty() : groups.landing(board.get().id(), me.id());
            return "redirect:/boards/" + landing.orElse(board.get()).id();
        }
        return setupPage(sessionId, position, me, model, FormValues.empty().with("dots", 5).with("dotsPerNote", 3)
                .with("dotsPer", BoardSettings.DotsPer.PERSON.name())
                .with("hiddenWriting", true));
    }

    @PostMapping("/sessions/{sessionId}/agenda/{position}/board")
    String open(@PathVariable long sessionId, @PathVariable int position, @AuthenticationPrincipal SignedIn me,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var dots = form.integer("dots");
            var perNote = form.integer("dotsPerNote");
            var settings = new BoardSettings(form.checked("anonymous"), form.checked("hiddenWriting"),
                    dots == null ? 0 : dots, perNote == null ? 0 : perNote,
                    dotsPer(form.text("dotsPer")),
                    form.checked("votesVisible"));
            var template = form.ids("template");
            var board = setup.open(sessionId, position, template.isEmpty() ? -1 : template.getFirst(),
                    LocalizedText.of("en", null), settings, me);
            return "redirect:/boards/" + board.id();
        } catch (Invalid invalid) {
            setupPage(sessionId, position, me, model, form);
            return forms.refused("boards/new", model, form, invalid, response);
        }
    }

    @GetMapping("/boards/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String fragment,
                @RequestParam(required = false) String view, @AuthenticationPrincipal SignedIn me, Model model) {
        page(id, me, model);
        if ("outline".equals(view)) {
            return "boards/outline";
        }
        return "areas".equals(fragment) ? "boards/show :: areas" : "boards/show";
    }

    @GetMapping(value = "/boards/{id}/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    BoardState state(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        return view.of(id, me);
    }

    /** The board's operations as they are saved, from the client's last sequence number on. */
    @GetMapping(value = "/boards/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable long id, @RequestParam(required = false) Long after,
                    @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                    @AuthenticationPrincipal SignedIn me) {
        var board = view.of(id, me);
        var from = lastEventId != null && lastEventId.matches("\\d+") ? Long.parseLong(lastEventId)
                : after != null ? after : board.seq();
        return live.subscribe(board.board().topic(), from);
    }

    @PostMapping("/boards/{id}/operations")
    Object operate(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Model model,
                   HttpServletResponse response) {
        var form = FormValues.of(params);
        var json = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
        try {
            var ack = actions.apply(id, OperationForm.read(form), me, form.text("clientOp"));
            if (json) {
                return ResponseEntity.ok(ack);
            }
            if ("suggestions".equals(form.text("then"))) {
                return "redirect:/boards/" + id + "/suggestions";
            }
            return "redirect:/boards/" + id + (ack.id() == null ? "" : "#note-" + ack.id());
        } catch (Invalid invalid) {
            if (json) {
                return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "problems", forms.messages(invalid)));
            }
            page(id, me, model);
            return forms.refused("boards/show", model, form, invalid, response);
        }
    }

    /** Clusters by meaning for the facilitator to confirm, change or leave. */
    @GetMapping("/boards/{id}/suggestions")
    String suggestions(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("suggestions", suggestions.suggest(id, me));
        page(id, me, model);
        return "boards/suggestions";
    }

    /** Every breakout group's board brought back to the plenary. */
    @GetMapping("/boards/{id}/gallery")
    String gallery(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        page(id, me, model);
        model.addAttribute("gallery", groups.gallery(id, me));
        return "boards/gallery";
    }

    @PostMapping("/boards/{id}/groups")
    String openGroups(@PathVariable long id, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        try {
            var opened = groups.open(id, me);
            redirect.addFlashAttribute("notice", forms.text("board.groups.opened", opened.size()));
            return "redirect:/boards/" + id + "/gallery";
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.text("invalid.board.no-groups"));
            return "redirect:/boards/" + id;
        }
    }

    @PostMapping("/boards/{id}/groups/close")
    String closeRound(@PathVariable long id, @RequestParam int round, @AuthenticationPrincipal SignedIn me) {
        groups.closeRound(id, round, me);
        return "redirect:/boards/" + id + "/gallery";
    }

    @PostMapping("/boards/{id}/ideas")
    String propose(@PathVariable long id, @RequestParam(required = false) Long noteId, @RequestParam(required = false) Long clusterId,
                   @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        var idea = noteId != null ? ideas.fromNote(id, noteId, me, baseUrl) : ideas.fromCluster(id,
                clusterId == null ? -1 : clusterId, me, baseUrl);
        redirect.addFlashAttribute("notice", forms.text("board.idea.proposed", idea.title()));
        return "redirect:/boards/" + id;
    }

    @GetMapping("/boards/{id}/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, @AuthenticationPrincipal SignedIn me,
                                  Locale locale) {
        var rows = export.rows(id, me, locale);
        var file = "silta-board-" + id + "." + format;
        var response = ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        return switch (format) {
            case "csv" -> response.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(export.csv(rows));
            case "json" -> response.contentType(MediaType.APPLICATION_JSON).body(export.json(rows));
            case "md" -> response.contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                    .body(export.markdown(rows));
            case "pdf" -> response.contentType(MediaType.APPLICATION_PDF).body(export.pdf(rows, locale.getLanguage()));
            default -> throw new NotFound("export format " + format);
        };
    }

    private void page(long id, SignedIn me, Model model) {
        var state = view.of(id, me);
        var event = catalogue.event(state.board().eventId(), me);
        model.addAttribute("state", state);
        model.addAttribute("board", state.board());
        model.addAttribute("event", event);
        model.addAttribute("phases", Phase.values());
        var plenary = state.board().parentId() == null ? state.board().id() : state.board().parentId();
        model.addAttribute("plenaryId", plenary);
        model.addAttribute("groupBoards", groups.of(plenary));
        model.addAttribute("myGroupBoard", groups.landing(plenary, me.id()).orElse(null));
        model.addAttribute("groupsToOpen", state.facilitator() && state.board().parentId() == null
                && groups.hasPublishedGroups(state.board()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormValues.empty());
        }
    }

    private String setupPage(long sessionId, int position, SignedIn me, Model model, FormValues form) {
        var session = catalogue.session(sessionId, me);
        var event = catalogue.event(session.eventId(), me);
        if (position < 0 || position >= session.agenda().size() || !catalogue.canFacilitate(catalogue.programme(event.programmeId(), me), me)) {
            throw new NotFound("board of session " + sessionId);
        }
        model.addAttribute("event", event);
        model.addAttribute("eventSession", session);
        model.addAttribute("item", session.agenda().get(position));
        model.addAttribute("position", position);
        model.addAttribute("templates", templates.forProgramme(event.programmeId()));
        model.addAttribute("canDefineTemplates", catalogue.canManage(catalogue.programme(event.programmeId(), me), me));
        model.addAttribute("dotsPerOptions", Arrays.stream(BoardSettings.DotsPer.values())
                .map(choice -> new Options.Option(choice.name(), forms.text("board.settings.dots-per." + choice.name()))).toList());
        model.addAttribute("form", form);
        return "boards/new";
    }

    private static BoardSettings.DotsPer dotsPer(String choice) {
        if (choice.isBlank()) {
            return BoardSettings.DotsPer.PERSON;
        }
        return Arrays.stream(BoardSettings.DotsPer.values()).filter(value -> value.name().equals(choice)).findFirst()
                .orElseThrow(() -> Invalid.of("dotsPer", "invalid.choice", choice));
    }
}
