package org.silta.app.partnerships;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.BaseUrl;
import org.silta.app.shared.Downloads;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A partnership's page: its IATI-shaped description, organisations, results, milestones, activity log, documents. */
@Controller
class PartnershipController {

    private final Partnerships partnerships;
    private final PartnershipRecords records;
    private final Documents documents;
    private final Ideas ideas;
    private final JointOffers offers;
    private final PipelineAccess access;
    private final PartnershipChain chain;
    private final PipelineOptions options;
    private final OrganisationRegistry organisations;
    private final IatiXml iati;
    private final Forms forms;
    private final Clock clock;
    private final String baseUrl;

    PartnershipController(Partnerships partnerships, PartnershipRecords records, Documents documents, Ideas ideas,
                          JointOffers offers, PipelineAccess access, PartnershipChain chain, PipelineOptions options,
                          OrganisationRegistry organisations, IatiXml iati, Forms forms, Clock clock,
                          @Value("${silta.base-url:}") String baseUrl) {
        this.partnerships = partnerships;
        this.records = records;
        this.documents = documents;
        this.ideas = ideas;
        this.offers = offers;
        this.access = access;
        this.chain = chain;
        this.options = options;
        this.organisations = organisations;
        this.iati = iati;
        this.forms = forms;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/programmes/{id}/partnerships/new")
    String newForm(@PathVariable long id, @RequestParam(required = false) Long idea, @RequestParam(required = false) Long offer,
                   @AuthenticationPrincipal SignedIn me, Model model) {
        var programme = access.work(id, me);
        var form = FormValues.empty().with("language", programme.defaultLanguage()).with("status", "PIPELINE")
                .with("ideaId", idea).with("offerId", offer);
        if (offer != null) {
            var source = offers.offer(offer, me);
            form.with("title." + source.language(), source.title()).with("language", source.language())
                    .with("countries", List.of(source.targetCountry())).with("ideaId", source.ideaId());
        } else if (idea != null) {
            var source = ideas.idea(idea, me);
            form.with("title." + source.language(), source.title()).with("language", source.language())
                    .with("countries", source.countries());
        }
        return detailsForm(programme, model, form, null);
    }

    @PostMapping("/programmes/{id}/partnerships/new")
    String create(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            return "redirect:/partnerships/" + partnerships.create(id, details(form), me).id();
        } catch (Invalid invalid) {
            detailsForm(access.work(id, me), model, form, null);
            return forms.refused("partnerships/partnership-form", model, form, invalid, response);
        }
    }

    @GetMapping("/partnerships/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var partnership = partnerships.partnership(id, me);
        var programme = access.work(partnership.programmeId(), me);
        var form = FormValues.empty().with("language", partnership.title().fallback()).with("title", partnership.title())
                .with("description", partnership.description()).with("status", partnership.status().name())
                .with("plannedStart", partnership.plannedStart()).with("plannedEnd", partnership.plannedEnd())
                .with("actualStart", partnership.actualStart()).with("actualEnd", partnership.actualEnd())
                .with("countries", partnership.countries()).with("dacSectors", partnership.dacSectors())
                .with("sdgTargets", partnership.sdgTargets()).with("iscedLevels", partnership.iscedLevels())
                .with("themes", String.join(", ", partnership.themes())).with("networks", String.join("\n", partnership.networks()))
                .with("ideaId", partnership.ideaId()).with("offerId", partnership.offerId());
        return detailsForm(programme, model, form, partnership);
    }

    @PostMapping("/partnerships/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            partnerships.change(id, details(form), me);
            return "redirect:/partnerships/" + id;
        } catch (Invalid invalid) {
            var partnership = partnerships.partnership(id, me);
            detailsForm(access.work(partnership.programmeId(), me), model, form, partnership);
            return forms.refused("partnerships/partnership-form", model, form, invalid, response);
        }
    }

    @GetMapping("/partnerships/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        return page(id, me, model, FormValues.empty().with("kind", "REMOTE_MEETING").with("measure", "UNIT")
                .with("resultType", "OUTCOME"));
    }

    @PostMapping("/partnerships/{id}/organisations")
    String addOrganisation(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                           @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, "#organisations", () -> {
            var organisation = form.ids("organisation");
            partnerships.addOrganisation(id, organisation.isEmpty() ? null : organisation.getFirst(), form.text("role"), me);
        });
    }

    @PostMapping("/partnerships/{id}/organisations/remove")
    String removeOrganisation(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam long organisation,
                              @RequestParam String role) {
        partnerships.removeOrganisation(id, organisation, role, me);
        return "redirect:/partnerships/" + id + "#organisations";
    }

    @PostMapping("/partnerships/{id}/indicators")
    String addIndicator(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                        @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, "#results", () -> records.addIndicator(id, form.text("resultTitle"),
                form.text("resultType"), form.text("indicatorTitle"), form.text("measure"), form.integer("baselineYear"),
                Rows.number(form.text("baselineValue")), me));
    }

    @PostMapping("/partnerships/{id}/periods")
    String addPeriod(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                     @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, "#results", () -> {
            var indicator = form.ids("indicator");
            if (indicator.isEmpty()) {
                throw Invalid.of("indicator", "invalid.required");
            }
            records.addPeriod(indicator.getFirst(), form.date("periodStart"), form.date("periodEnd"),
                    Rows.number(form.text("target")), Rows.number(form.text("actual")), me);
        });
    }

    @PostMapping("/partnerships/{id}/milestones")
    String addMilestone(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                        @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, "#milestones",
                () -> records.addMilestone(id, form.text("milestoneTitle"), form.date("dueOn"), me));
    }

    @PostMapping("/partnerships/{id}/milestones/{milestone}/done")
    String milestoneDone(@PathVariable long id, @PathVariable long milestone, @AuthenticationPrincipal SignedIn me) {
        records.completeMilestone(milestone, java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), me);
        return "redirect:/partnerships/" + id + "#milestones";
    }

    @PostMapping("/partnerships/{id}/activities")
    String logActivity(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                       @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, "#activities", () -> records.logActivity(id, form.text("kind"),
                form.date("happenedOn"), form.text("activityTitle"), form.text("note"), me));
    }

    @PostMapping("/partnerships/{id}/documents")
    String attach(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, "#documents", () -> documents.attach(Documents.Owner.PARTNERSHIP, id,
                form.text("documentKind"), form.text("documentTitle"), file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getContentType(), bytes(file), me));
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        var file = documents.file(id, me);
        return Downloads.attachment(file.content(), file.document().fileName(), file.document().contentType());
    }

    @GetMapping("/partnerships/{id}/iati.xml")
    ResponseEntity<byte[]> iatiOne(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        var partnership = partnerships.partnership(id, me);
        return Downloads.attachment(iati.activities(List.of(partnership), BaseUrl.of(baseUrl), clock.instant()),
                "partnership-" + id + "-iati.xml", "application/xml");
    }

    @GetMapping("/programmes/{id}/partnerships/iati.xml")
    ResponseEntity<byte[]> iatiAll(@PathVariable long id, @AuthenticationPrincipal SignedIn me) {
        access.follow(id, me);
        return Downloads.attachment(iati.activities(partnerships.ofProgramme(id), BaseUrl.of(baseUrl), clock.instant()),
                "programme-" + id + "-iati.xml", "application/xml");
    }

    private String act(long id, SignedIn me, Model model, FormValues form, HttpServletResponse response, String anchor,
                       Runnable action) {
        try {
            action.run();
            return "redirect:/partnerships/" + id + anchor;
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("partnerships/partnership", model, form, invalid, response);
        }
    }

    private String page(long id, SignedIn me, Model model, FormValues form) {
        var partnership = partnerships.partnership(id, me);
        var programme = access.follow(partnership.programmeId(), me);
        var participants = partnerships.participants(id);
        model.addAttribute("partnership", partnership);
        model.addAttribute("programme", programme);
        model.addAttribute("steps", chain.of(partnership));
        model.addAttribute("participants", participants);
        model.addAttribute("organisations", organisations.all(participants.stream()
                .map(Partnerships.Participant::organisationId).collect(Collectors.toSet())));
        model.addAttribute("indicators", records.indicators(id));
        model.addAttribute("milestones", records.milestones(id));
        model.addAttribute("activities", records.activities(id));
        model.addAttribute("documents", documents.of(Documents.Owner.PARTNERSHIP, id));
        model.addAttribute("canWork", access.canWork(programme, me));
        model.addAttribute("organisationOptions", options.organisations());
        model.addAttribute("roleOptions", options.of(ParticipatingRole.values(), "partnership.role."));
        model.addAttribute("resultTypeOptions", options.of(PartnershipRecords.ResultType.values(), "partnership.result-type."));
        model.addAttribute("measureOptions", options.of(PartnershipRecords.Measure.values(), "partnership.measure."));
        model.addAttribute("indicatorOptions", records.indicators(id).stream()
                .map(i -> new org.silta.app.web.Options.Option(String.valueOf(i.id()), i.resultTitle() + ": " + i.title())).toList());
        model.addAttribute("activityOptions", options.of(ActivityKind.values(), "partnership.activity."));
        model.addAttribute("documentOptions", options.of(DocumentKind.values(), "document.kind."));
        model.addAttribute("dac", IatiCodes.DAC_SECTORS);
        model.addAttribute("sdg", IatiCodes.SDG4_TARGETS);
        model.addAttribute("isced", IatiCodes.ISCED_LEVELS);
        model.addAttribute("form", form);
        return "partnerships/partnership";
    }

    private String detailsForm(org.silta.app.programmes.Programme programme, Model model, FormValues form,
                               Partnership partnership) {
        model.addAttribute("programme", programme);
        model.addAttribute("partnership", partnership);
        model.addAttribute("statusOptions", options.of(PartnershipStatus.values(), "partnership.status."));
        model.addAttribute("dacOptions", options.codes(IatiCodes.DAC_SECTORS, true));
        model.addAttribute("sdgOptions", options.codes(IatiCodes.SDG4_TARGETS, true));
        model.addAttribute("iscedOptions", options.codes(IatiCodes.ISCED_LEVELS, false));
        model.addAttribute("form", form);
        return "partnerships/partnership-form";
    }

    private static Partnerships.Details details(FormValues form) {
        var language = form.text("language").isEmpty() ? "en" : form.text("language");
        var idea = form.ids("ideaId");
        var offer = form.ids("offerId");
        return new Partnerships.Details(form.localized("title", language), form.localized("description", language),
                Rows.parse(PartnershipStatus.class, form.text("status")), form.date("plannedStart"), form.date("plannedEnd"),
                form.date("actualStart"), form.date("actualEnd"), form.list("countries"), form.list("dacSectors"),
                form.list("sdgTargets"), form.list("iscedLevels"), PipelineController.split(form.text("themes")),
                form.text("networks").lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                idea.isEmpty() ? null : idea.getFirst(), offer.isEmpty() ? null : offer.getFirst());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
