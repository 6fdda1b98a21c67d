package org.silta.app.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A use case refused its input. Each problem names the field it belongs to and a message key
 * (with arguments) so the page can say it at the field, in the reader's language. Nothing was changed.
 */
public final class Invalid extends RuntimeException {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

    private final Map<String, Problem> problems;

    public Invalid(Map<String, Problem> problems) {
        super(problems.toString());
        this.problems = Map.copyOf(problems);
    }

    public static Invalid of(String field, String messageKey, Object... arguments) {
        return new Invalid(Map.of(field, new Problem(messageKey, List.of(arguments))));
    }

    public Map<String, Problem> problems() {
        return problems;
    }

    public record Problem(String messageKey, List<Object> arguments) {
    }

    /** Collects problems field by field; {@link #throwIfAny()} ends the validation. */
    public static final class Collector {

        private final Map<String, Problem> problems = new LinkedHashMap<>();

        public Collector add(String field, String messageKey, Object... arguments) {
            problems.putIfAbsent(field, new Problem(messageKey, List.of(arguments)));
            return this;
        }

        public Collector check(boolean valid, String field, String messageKey, Object... arguments) {
            return valid ? this : add(field, messageKey, arguments);
        }

        /** A text field: required or not, at most {@code max} characters. */
        public Collector text(String field, String value, boolean required, int max) {
            if (value == null || value.isBlank()) {
                return check(!required, field, "invalid.required");
            }
            return check(value.length() <= max, field, "invalid.too-long", max);
        }

        /** Multilingual text: at least one language when required, each within {@code max}, known language tags. */
        public Collector text(String field, LocalizedText value, boolean required, int max) {
            if (value == null || value.isBlank()) {
                return check(!required, field, "invalid.required");
            }
            value.texts().forEach((language, text) -> {
                check(Languages.isContentLanguage(language), field, "invalid.language", language);
                check(text.length() <= max, field, "invalid.too-long", max);
            });
            return this;
        }

        public Collector email(String field, String value) {
            if (value == null || value.isBlank()) {
                return add(field, "invalid.required");
            }
            return check(value.length() <= 254 && EMAIL.matcher(value.strip()).matches(), field, "invalid.email", value);
        }

        public Collector country(String field, String code, boolean required) {
            if (code == null || code.isBlank()) {
                return check(!required, field, "invalid.required");
            }
            return check(Countries.isKnown(code), field, "invalid.country", code);
        }

        public Collector zone(String field, String zone) {
            if (zone == null || zone.isBlank()) {
                return add(field, "invalid.required");
            }
            return check(java.time.ZoneId.getAvailableZoneIds().contains(zone), field, "invalid.time-zone", zone);
        }

        /** An optional web address: http or https only. */
        public Collector url(String field, String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            return check(value.length() <= 500 && URL.matcher(value.strip()).matches(), field, "invalid.url", value);
        }

        public boolean has(String field) {
            return problems.containsKey(field);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new Invalid(problems);
            }
        }
    }
}
