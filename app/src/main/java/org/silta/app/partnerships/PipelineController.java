package org.silta.app.partnerships;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Programme;
import org.silta.app.shared.Countries;
import org.silta.app.shared.Downloads;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The follow-up board, collaboration ideas and joint offers. */
@Controller
class PipelineController {

    private final Pipeline pipeline;
    private final Ideas ideas;
    private final JointOffers offers;
    private final PipelineAccess access;
    private final PartnershipChain chain;
    private final PipelineOptions options;
    private final org.silta.app.organisations.OrganisationRegistry organisations;
    private final Forms forms;
    private final MessageSource messages;

    PipelineController(Pipeline pipeline, Ideas ideas, JointOffers offers, PipelineAccess access, PartnershipChain chain,
                       PipelineOptions options, org.silta.app.organisations.OrganisationRegistry organisations, Forms forms,
                       MessageSource messages) {
        this.pipeline = pipeline;
        this.ideas = ideas;
        this.offers = offers;
        this.access = access;
        this.chain = chain;
        this.options = options;
        this.organisations = organisations;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/pipeline")
    String board(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params, Model model,
                 Locale locale) {
        var form = FormValues.of(params);
        var programmes = pipeline.followed(me);
        model.addAttribute("form", form);
        model.addAttribute("programmes", programmes);
        model.addAttribute("programmeOptions", programmes.stream()
                .map(p -> new org.silta.app.web.Options.Option(String.valueOf(p.id()), p.title().in(locale))).toList());
        var groups = new java.util.LinkedHashMap<Pipeline.Kind, List<Pipeline.Item>>();
        for (var kind : Pipeline.Kind.values()) {
            groups.put(kind, new java.util.ArrayList<>());
        }
        pipeline.items(filter(form), me).forEach(item -> groups.get(item.kind()).add(item));
        model.addAttribute("groups", groups);
        model.addAttribute("workable", programmes.stream().filter(p -> access.canWork(p, me)).map(Programme::id).toList());
        model.addAttribute("query", params.isEmpty() ? "" : "?" + org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParams(params).build().encode().getQuery());
        return "partnerships/board";
    }

    @GetMapping({"/pipeline.csv", "/pipeline.xlsx"})
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                                  Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        var table = table(pipeline.items(filter(FormValues.of(params)), me), locale);
        var xlsx = request.getRequestURI().endsWith(".xlsx");
        return Downloads.table(table, xlsx, "pipeline");
    }

    @GetMapping("/programmes/{id}/ideas/new")
    String newIdea(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = access.work(id, me);
        return ideaForm(programme, model, FormValues.empty().with("language", programme.defaultLanguage()));
    }

    @PostMapping("/programmes/{id}/ideas/new")
    String createIdea(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                      @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var event = form.ids("eventId");
            var idea = ideas.create(id, new Ideas.Form(form.text("title"), form.text("description"), form.text("language"),
                    event.isEmpty() ? null : event.getFirst(), form.list("countries"), split(form.text("sectors"))), me);
            return "redirect:/ideas/" + idea.id();
        } catch (Invalid invalid) {
            ideaForm(access.work(id, me), model, form);
            return forms.refused("partnerships/idea-form", model, form, invalid, response);
        }
    }

    @GetMapping("/ideas/{id}")
    String idea(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var idea = ideas.idea(id, me);
        var programme = access.follow(idea.programmeId(), me);
        model.addAttribute("idea", idea);
        model.addAttribute("programme", programme);
        model.addAttribute("steps", chain.ideaSteps(idea));
        model.addAttribute("canWork", access.canWork(programme, me));
        model.addAttribute("statusOptions", options.of(IdeaStatus.values(), "idea.status."));
        model.addAttribute("form", FormValues.empty().with("status", idea.status().name()));
        return "partnerships/idea";
    }

    @PostMapping("/ideas/{id}/status")
    String ideaStatus(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam String status) {
        ideas.changeStatus(id, Rows.parse(IdeaStatus.class, status), me);
        return "redirect:/ideas/" + id;
    }

    @GetMapping("/programmes/{id}/offers/new")
    String newOffer(@PathVariable long id, @RequestParam(required = false) Long idea, @AuthenticationPrincipal SignedIn me,
                    Model model) {
        var programme = access.work(id, me);
        var form = FormValues.empty().with("language", programme.defaultLanguage()).with("ideaId", idea);
        if (idea != null) {
            var source = ideas.idea(idea, me);
            form.with("title", source.title()).with("language", source.language())
                    .with("sectors", String.join(", ", source.sectors()))
                    .with("memberIds", source.organisationIds());
        }
        return offerForm(programme, model, form);
    }

    @PostMapping("/programmes/{id}/offers/new")
    String createOffer(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                       @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            var lead = form.ids("leadOrganisationId");
            var idea = form.ids("ideaId");
            var offer = offers.create(id, new JointOffers.Form(form.text("title"), form.text("language"),
                    idea.isEmpty() ? null : idea.getFirst(), lead.isEmpty() ? null : lead.getFirst(), form.ids("memberIds"),
                    form.text("targetCountry"), form.text("customer"), split(form.text("sectors")),
                    split(form.text("concepts"))), me);
            return "redirect:/offers/" + offer.id();
        } catch (Invalid invalid) {
            offerForm(access.work(id, me), model, form);
            return forms.refused("partnerships/offer-form", model, form, invalid, response);
        }
    }

    @GetMapping("/offers/{id}")
    String offer(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model, Locale locale) {
        var offer = offers.offer(id, me);
        var programme = access.follow(offer.programmeId(), me);
        model.addAttribute("offer", offer);
        model.addAttribute("programme", programme);
        model.addAttribute("steps", chain.of(offer));
        var names = organisations.all(java.util.stream.Stream.concat(java.util.stream.Stream.of(offer.leadOrganisationId()),
                offer.memberIds().stream()).toList());
        model.addAttribute("leadName", names.get(offer.leadOrganisationId()).name().in(locale));
        model.addAttribute("memberNames", String.join("; ", offer.memberIds().stream()
                .map(member -> names.get(member).name().in(locale)).toList()));
        model.addAttribute("canWork", access.canWork(programme, me));
        model.addAttribute("statusOptions", options.of(OfferStatus.values(), "offer.status."));
        model.addAttribute("form", FormValues.empty().with("status", offer.status().name()));
        return "partnerships/offer";
    }

    @PostMapping("/offers/{id}/status")
    String offerStatus(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam String status) {
        offers.changeStatus(id, Rows.parse(OfferStatus.class, status), me);
        return "redirect:/offers/" + id;
    }

    private String ideaForm(Programme programme, Model model, FormValues form) {
        model.addAttribute("programme", programme);
        model.addAttribute("eventOptions", options.events(programme.id()));
        model.addAttribute("form", form);
        return "partnerships/idea-form";
    }

    private String offerForm(Programme programme, Model model, FormValues form) {
        model.addAttribute("programme", programme);
        model.addAttribute("organisationOptions", options.organisations());
        model.addAttribute("form", form);
        return "partnerships/offer-form";
    }

    private Table table(List<Pipeline.Item> items, Locale locale) {
        var headers = List.of("kind", "title", "programme", "status", "countries", "sectors").stream()
                .map(key -> messages.getMessage("pipeline.column." + key, null, locale)).toList();
        var rows = items.stream().map(item -> List.of(
                messages.getMessage("pipeline.kind." + item.kind(), null, locale), item.title(),
                item.programme().title().in(locale), messages.getMessage(item.statusKey(), null, locale),
                String.join("; ", item.countries().stream().map(c -> Countries.name(c, locale)).toList()),
                String.join("; ", item.sectors()))).toList();
        return new Table(messages.getMessage("pipeline.title", null, locale), headers, rows);
    }


    private static Pipeline.Filter filter(FormValues form) {
        var programme = form.ids("programme");
        return new Pipeline.Filter(programme.isEmpty() ? null : programme.getFirst(), form.text("country"), form.text("sector"));
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
