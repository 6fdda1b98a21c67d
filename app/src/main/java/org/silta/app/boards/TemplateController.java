package org.silta.app.boards;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.IntStream;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.FormValues;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisers define their programme's own board templates: areas with titles and prompts in each interface language. */
@Controller
class TemplateController {

    static final int AREA_ROWS = 8;

    private final BoardTemplates templates;
    private final ProgrammeCatalogue catalogue;
    private final Forms forms;

    TemplateController(BoardTemplates templates, ProgrammeCatalogue catalogue, Forms forms) {
        this.templates = templates;
        this.catalogue = catalogue;
        this.forms = forms;
    }

    @GetMapping("/programmes/{id}/board-templates")
    String page(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        return page(id, me, model, FormValues.empty());
    }

    @PostMapping("/programmes/{id}/board-templates")
    String define(@PathVariable long id, @AuthenticationPrincipal SignedIn me, @RequestParam MultiValueMap<String, String> params,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var form = FormValues.of(params);
        var language = locale.getLanguage();
        var areas = new ArrayList<BoardTemplates.AreaDraft>();
        for (int row = 1; row <= AREA_ROWS; row++) {
            var field = "area" + row;
            areas.add(new BoardTemplates.AreaDraft(form.localized(field + ".title", language),
                    form.localized(field + ".prompt", language), form.checked(field + ".actions")));
        }
        try {
            var template = templates.define(id, form.localized("name", language), areas, me);
            redirect.addFlashAttribute("notice", forms.text("board.templates.defined", template.name().in(locale)));
            return "redirect:/programmes/" + id + "/board-templates";
        } catch (Invalid invalid) {
            page(id, me, model, form);
            return forms.refused("boards/templates", model, form, invalid, response);
        }
    }

    private String page(long id, SignedIn me, Model model, FormValues form) {
        var programme = catalogue.programme(id, me);
        if (!catalogue.canManage(programme, me)) {
            throw new Forbidden("templates of programme " + id);
        }
        model.addAttribute("programme", programme);
        model.addAttribute("templates", templates.forProgramme(id));
        model.addAttribute("rows", IntStream.rangeClosed(1, AREA_ROWS).boxed().toList());
        model.addAttribute("languages", Languages.INTERFACE);
        model.addAttribute("form", form);
        return "boards/templates";
    }
}
