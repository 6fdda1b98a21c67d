package org.silta.app.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Shows a refused form again, as typed, with each problem at its field in the reader's language. */
@Component
public class Forms {

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    /** Puts the form and its problems on the page, answers 422, and returns the view to render. */
    public String refused(String view, Model model, FormValues form, Invalid invalid, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("form", form);
        model.addAttribute("errors", messages(invalid));
        return view;
    }

    public Map<String, String> messages(Invalid invalid) {
        var locale = LocaleContextHolder.getLocale();
        var result = new LinkedHashMap<String, String>();
        invalid.problems().forEach((field, problem) -> result.put(field,
                messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale)));
        return result;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
