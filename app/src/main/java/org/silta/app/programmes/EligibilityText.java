package org.silta.app.programmes;

import java.util.Locale;
import java.util.stream.Collectors;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.shared.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says in the reader's language who an event or session is open to, e.g. "Finland; Private sector". */
@Component("eligibilityText")
public class EligibilityText {

    private final MessageSource messages;

    EligibilityText(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(Eligibility eligibility, Locale locale) {
        var countries = eligibility.countries().stream().map(code -> Countries.name(code, locale))
                .collect(Collectors.joining(", "));
        var types = eligibility.types().stream()
                .map(type -> messages.getMessage(OrganisationType.valueOf(type).messageKey(), null, locale))
                .collect(Collectors.joining(", "));
        return countries.isEmpty() ? types : types.isEmpty() ? countries : countries + "; " + types;
    }
}
