package org.silta.app.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Downloads;
import org.silta.app.shared.Table;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.silta.app.web.Options.Option;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports: the index, an event's figures and flash report, a programme's funnel, the regional roll-up. */
@Controller
class ReportController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportAccess access;
    private final ProgrammeCatalogue catalogue;
    private final Kpis kpis;
    private final ReportSettings settings;
    private final FlashReports flashReports;
    private final Funnel funnel;
    private final RegionalRollUp rollUp;
    private final MessageSource messages;
    private final Forms forms;

    ReportController(ReportAccess access, ProgrammeCatalogue catalogue, Kpis kpis, ReportSettings settings,
                     FlashReports flashReports, Funnel funnel, RegionalRollUp rollUp, MessageSource messages, Forms forms) {
        this.access = access;
        this.catalogue = catalogue;
        this.kpis = kpis;
        this.settings = settings;
        this.flashReports = flashReports;
        this.funnel = funnel;
        this.rollUp = rollUp;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/reports")
    String index(@AuthenticationPrincipal SignedIn me, Model model) {
        var programmes = catalogue.visibleTo(me).stream().filter(p -> catalogue.canFollow(p, me)).toList();
        model.addAttribute("programmes", programmes);
        model.addAttribute("events", programmes.stream().collect(java.util.stream.Collectors.toMap(p -> p.id(),
                p -> catalogue.events(p.id()))));
        return "reporting/index";
    }

    @GetMapping("/events/{id}/kpis")
    String kpis(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model, Locale locale) {
        var event = access.follow(id, me);
        var current = settings.of(id);
        return kpiPage(id, me, model, locale, FormValues.empty().with("tagCountries", current.countries())
                .with("tagThemes", String.join(", ", current.themes())).with("genderQuestion", current.genderQuestion().orElse("")),
                event);
    }

    @PostMapping("/events/{id}/report-settings")
    String changeSettings(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                          @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                          HttpServletResponse response) {
        var form = FormValues.of(params);
        try {
            settings.change(id, form.list("tagCountries"), split(form.text("tagThemes")), form.text("genderQuestion"), me);
            return "redirect:/events/" + id + "/kpis";
        } catch (Invalid invalid) {
            kpiPage(id, me, model, locale, form, access.follow(id, me));
            return forms.refused("reporting/kpis", model, form, invalid, response);
        }
    }

    @GetMapping("/events/{id}/kpis/{chart}.png")
    ResponseEntity<byte[]> chart(@PathVariable long id, @PathVariable String chart, @AuthenticationPrincipal SignedIn me,
                                 Locale locale) {
        var figures = kpis.of(id, me, locale);
        var registered = messages.getMessage("kpi.registered", null, locale);
        var png = chart.equals("sessions") ? KpiCharts.sessions(figures, registered, messages.getMessage("kpi.attended", null, locale))
                : figures.breakdown(chart) == null ? null : KpiCharts.breakdown(figures.breakdown(chart), registered);
        if (png == null) {
            throw new NotFound("chart " + chart);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping({"/events/{id}/kpis.csv", "/events/{id}/kpis.xlsx"})
    ResponseEntity<byte[]> kpiExport(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Locale locale,
                                     HttpServletRequest request) {
        var event = access.follow(id, me);
        var table = new KpiTables(messages, locale).spreadsheet(event.title().in(locale), kpis.of(id, me, locale));
        var xlsx = request.getRequestURI().endsWith(".xlsx");
        return Downloads.table(table, xlsx, "event-" + id + "-figures");
    }

    @GetMapping("/events/{id}/flash-report")
    String flashReport(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var report = flashReports.draft(id, me);
        return flashPage(id, me, model, report.map(ReportController::form).orElse(FormValues.empty()));
    }

    @PostMapping("/events/{id}/flash-report/generate")
    String generate(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                    org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        flashReports.generate(id, me);
        redirect.addFlashAttribute("notice", forms.text("flash.generated"));
        return "redirect:/events/" + id + "/flash-report";
    }

    @PostMapping("/events/{id}/flash-report")
    String save(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response,
                org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        var form = FormValues.of(params);
        try {
            flashReports.save(id, new FlashReport.Edits(form.text("eventName"), form.text("objectives"), form.text("background"),
                    form.text("description"), form.text("outcomes"), form.text("conclusions"), form.text("contacts"),
                    form.text("coordinator")), me);
            redirect.addFlashAttribute("notice", forms.text("common.saved"));
            return "redirect:/events/" + id + "/flash-report";
        } catch (Invalid invalid) {
            flashPage(id, me, model, form);
            return forms.refused("reporting/flash-report", model, form, invalid, response);
        }
    }

    @GetMapping({"/events/{id}/flash-report.pdf", "/events/{id}/flash-report.docx"})
    ResponseEntity<byte[]> flashExport(@PathVariable long id, @AuthenticationPrincipal SignedIn me, HttpServletRequest request) {
        var document = flashReports.document(id, me);
        var pdf = request.getRequestURI().endsWith(".pdf");
        return Downloads.attachment(pdf ? ReportPdf.render(document) : ReportDocx.render(document),
                "flash-report-" + id + (pdf ? ".pdf" : ".docx"), pdf ? MediaType.APPLICATION_PDF_VALUE : DOCX);
    }

    @GetMapping("/programmes/{id}/funnel")
    String funnel(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("programme", access.followProgramme(id, me));
        model.addAttribute("steps", funnel.of(id, me));
        return "reporting/funnel";
    }

    @GetMapping({"/programmes/{id}/funnel.csv", "/programmes/{id}/funnel.xlsx"})
    ResponseEntity<byte[]> funnelExport(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Locale locale,
                                        HttpServletRequest request) {
        access.followProgramme(id, me);
        var rows = funnel.of(id, me).stream().map(step -> List.of(text("funnel.step." + step.name(), locale),
                String.valueOf(step.count()), step.conversion() == null ? "" : step.conversion() + " %")).toList();
        var table = new Table(text("funnel.title", locale), List.of(text("kpi.figure", locale), text("kpi.value", locale),
                text("funnel.conversion", locale)), rows);
        return Downloads.table(table, request.getRequestURI().endsWith(".xlsx"), "funnel-" + id);
    }

    @GetMapping("/reports/regional")
    String regional(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params, Model model,
                    Locale locale) {
        var form = FormValues.of(params);
        model.addAttribute("form", form);
        model.addAttribute("rollUp", rollUp.of(form.list("countries"), split(form.text("themes")), me, locale));
        model.addAttribute("tables", new KpiTables(messages, locale));
        model.addAttribute("query", params.isEmpty() ? "" : "?" + org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParams(params).build().encode().getQuery());
        return "reporting/regional";
    }

    @GetMapping({"/reports/regional.pdf", "/reports/regional.docx"})
    ResponseEntity<byte[]> regionalExport(@AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                                          Locale locale, HttpServletRequest request) {
        var form = FormValues.of(params);
        var document = rollUp.document(form.list("countries"), split(form.text("themes")), me, locale);
        var pdf = request.getRequestURI().endsWith(".pdf");
        return Downloads.attachment(pdf ? ReportPdf.render(document) : ReportDocx.render(document), "regional-report" + (pdf ? ".pdf" : ".docx"),
                pdf ? MediaType.APPLICATION_PDF_VALUE : DOCX);
    }

    private String kpiPage(long id, SignedIn me, Model model, Locale locale, FormValues form,
                           org.silta.app.programmes.Event event) {
        var figures = kpis.of(id, me, locale);
        model.addAttribute("event", event);
        model.addAttribute("kpis", figures);
        model.addAttribute("tables", new KpiTables(messages, locale));
        model.addAttribute("charts", figures.breakdowns().stream()
                .filter(b -> b.cells().stream().anyMatch(EventKpis.Cell::registeredShown))
                .map(EventKpis.Breakdown::dimension).toList());
        model.addAttribute("canWrite", access.canWrite(catalogue.programme(event.programmeId(), me), me));
        model.addAttribute("questionOptions", event.questions().stream()
                .map(q -> new Option(q.id(), q.label().in(locale))).toList());
        model.addAttribute("form", form);
        return "reporting/kpis";
    }

    private String flashPage(long id, SignedIn me, Model model, FormValues form) {
        var event = access.follow(id, me);
        var report = flashReports.draft(id, me);
        model.addAttribute("event", event);
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("canWrite", access.canWrite(catalogue.programme(event.programmeId(), me), me));
        model.addAttribute("form", form);
        return "reporting/flash-report";
    }

    private static FormValues form(FlashReport report) {
        return FormValues.empty().with("eventName", report.eventName()).with("objectives", report.objectives())
                .with("background", report.background()).with("description", report.description())
                .with("outcomes", report.outcomes()).with("conclusions", report.conclusions())
                .with("contacts", report.contacts()).with("coordinator", report.coordinator());
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
