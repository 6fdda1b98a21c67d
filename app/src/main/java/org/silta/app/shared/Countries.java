package org.silta.app.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries with their names in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        return isKnown(code) ? Locale.of("", code).getDisplayCountry(locale) : code;
    }

    /** Every country, sorted by its name in the reader's language. */
    public static List<Country> all(Locale locale) {
        var collator = Collator.getInstance(locale);
        return CODES.stream()
                .map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    public record Country(String code, String name) {
    }
}
