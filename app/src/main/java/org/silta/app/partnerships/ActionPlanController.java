package org.silta.app.partnerships;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Downloads;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.silta.app.web.Options.Option;
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

/** A programme's action plan page, with its lineage and documents. */
@Controller
class ActionPlanController {

    private final ActionPlans plans;
    private final ProgrammeLineage lineage;
    private final Documents documents;
    private final PipelineAccess access;
    private final PipelineOptions options;
    private final Pipeline pipeline;
    private final Forms forms;

    ActionPlanController(ActionPlans plans, ProgrammeLineage lineage, Documents documents, PipelineAccess access,
                         PipelineOptions options, Pipeline pipeline, Forms forms) {
        this.plans = plans;
        this.lineage = lineage;
        this.documents = documents;
        this.access = access;
        this.options = options;
        this.pipeline = pipeline;
        this.forms = forms;
    }

    @GetMapping("/programmes/{id}/action-plan")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        return page(id, me, model, FormValues.empty().with("packageWeight", "1").with("measureWeight", "1")
                .with("language", access.follow(id, me).defaultLanguage()));
    }

    @GetMapping({"/programmes/{id}/action-plan.csv", "/programmes/{id}/action-plan.xlsx"})
    ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal SignedIn me, HttpServletRequest request) {
        var plan = plans.plan(id, me).orElseThrow(() -> new NotFound("action plan of programme " + id));
        return Downloads.table(ActionPlanTable.of(plan, forms), request.getRequestURI().endsWith(".xlsx"), "action-plan-" + id);
    }

    @PostMapping("/programmes/{id}/action-plan")
    String create(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, () -> plans.create(id, form.text("planTitle"), form.text("language"), me));
    }

    @PostMapping("/programmes/{id}/action-plan/packages")
    String addPackage(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                      @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, () -> plans.addPackage(planId(id, me), form.text("packageTitle"),
                Rows.number(form.text("packageWeight")), me));
    }

    @PostMapping("/programmes/{id}/action-plan/measures")
    String addMeasure(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                      @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, () -> {
            var actionPackage = form.ids("package");
            if (actionPackage.isEmpty()) {
                throw Invalid.of("package", "invalid.required");
            }
            plans.addMeasure(actionPackage.getFirst(), form.text("measureTitle"), form.text("owner"), form.text("indicator"),
                    Rows.number(form.text("target")), Rows.number(form.text("measureWeight")), me);
        });
    }

    @PostMapping("/programmes/{id}/action-plan/measures/{measure}/progress")
    String progress(@PathVariable long id, @PathVariable long measure, @AuthenticationPrincipal SignedIn me,
                    @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, () -> plans.recordProgress(measure, Rows.number(form.text("progress")), me));
    }

    @PostMapping("/programmes/{id}/lineage")
    String addPredecessor(@PathVariable long id, @AuthenticationPrincipal SignedIn me,
                          @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, () -> {
            var predecessor = form.ids("predecessor");
            lineage.addPredecessor(id, predecessor.isEmpty() ? null : predecessor.getFirst(), form.text("relation"), me);
        });
    }

    @PostMapping("/programmes/{id}/action-plan/documents")
    String attach(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response) {
        var form = FormValues.of(params);
        return act(id, me, model, form, response, () -> {
            try {
                documents.attach(Documents.Owner.ACTION_PLAN, planId(id, me), form.text("documentKind"),
                        form.text("documentTitle"), file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getContentType(), file == null || file.isEmpty() ? null : file.getBytes(), me);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private long planId(long programmeId, SignedIn me) {
        return plans.plan(programmeId, me).orElseThrow(() -> Invalid.of("planTitle", "invalid.plan-needed")).id();
    }

    private String act(long id, SignedIn me, Model model, FormValues form, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/programmes/" + id + "/action-plan";
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("partnerships/action-plan", model, form, invalid, response);
        }
    }

    private String page(long id, SignedIn me, Model model, FormValues form) {
        var programme = access.follow(id, me);
        var plan = plans.plan(id, me).orElse(null);
        model.addAttribute("programme", programme);
        model.addAttribute("plan", plan);
        model.addAttribute("canWork", access.canWork(programme, me));
        model.addAttribute("predecessors", lineage.predecessors(id, me));
        model.addAttribute("successors", lineage.successors(id, me));
        model.addAttribute("documents", plan == null ? java.util.List.of() : documents.of(Documents.Owner.ACTION_PLAN, plan.id()));
        model.addAttribute("packageOptions", plan == null ? java.util.List.of() : plan.packages().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.title())).toList());
        model.addAttribute("programmeOptions", pipeline.followed(me).stream().filter(p -> !p.id().equals(id))
                .map(p -> new Option(String.valueOf(p.id()), p.title().in(org.springframework.context.i18n.LocaleContextHolder.getLocale())))
                .toList());
        model.addAttribute("relationOptions", options.of(ProgrammeLineage.Relation.values(), "lineage.relation."));
        model.addAttribute("documentOptions", options.of(DocumentKind.values(), "document.kind."));
        model.addAttribute("form", form);
        return "partnerships/action-plan";
    }
}
