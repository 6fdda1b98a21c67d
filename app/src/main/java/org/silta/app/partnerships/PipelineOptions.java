package org.silta.app.partnerships;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.web.Options.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices the pipeline's forms offer, labelled in the reader's language. */
@Component
class PipelineOptions {

    private final MessageSource messages;
    private final OrganisationRegistry organisations;
    private final ProgrammeCatalogue catalogue;

    PipelineOptions(MessageSource messages, OrganisationRegistry organisations, ProgrammeCatalogue catalogue) {
        this.messages = messages;
        this.organisations = organisations;
        this.catalogue = catalogue;
    }

    List<Option> of(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    List<Option> codes(Map<String, String> codes, boolean showCode) {
        return codes.entrySet().stream()
                .map(e -> new Option(e.getKey(), showCode ? e.getKey() + " " + e.getValue() : e.getValue())).toList();
    }

    List<Option> organisations() {
        var locale = locale();
        return organisations.search("", "", 2000).stream()
                .map(o -> new Option(String.valueOf(o.id()), o.name().in(locale) + " (" + o.country() + ")")).toList();
    }

    List<Option> events(long programmeId) {
        var locale = locale();
        return catalogue.events(programmeId).stream().map(e -> new Option(String.valueOf(e.id()), e.title().in(locale))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
