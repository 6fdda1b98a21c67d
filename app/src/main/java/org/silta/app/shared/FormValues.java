package org.silta.app.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A form's submitted values, read leniently: a value that does not parse reads as absent, and the
 * use case then names the field. Pages show it back as typed when a use case refuses it.
 * Multilingual fields are named {@code title.en}, {@code title.fi}, ...
 */
public final class FormValues {

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormValues of(MultiValueMap<String, String> submitted) {
        return new FormValues(new HashMap<>(submitted));
    }

    public static FormValues empty() {
        return new FormValues(new HashMap<>());
    }

    /** Sets a value for a page that shows an existing thing; returns this for chaining. */
    public FormValues with(String name, Object value) {
        if (value instanceof LocalizedText text) {
            text.texts().forEach((language, content) -> values.put(name + "." + language, List.of(content)));
        } else if (value instanceof List<?> list) {
            values.put(name, list.stream().map(String::valueOf).toList());
        } else if (value != null) {
            values.put(name, List.of(String.valueOf(value)));
        }
        return this;
    }

    public String text(String name) {
        var list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.getFirst().strip();
    }

    public List<String> list(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public boolean has(String name, String value) {
        return list(name).contains(value);
    }

    public boolean checked(String name) {
        var value = text(name);
        return value.equals("true") || value.equals("on") || value.equals("yes");
    }

    public Integer integer(String name) {
        try {
            return text(name).isEmpty() ? null : Integer.valueOf(text(name));
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    public LocalDate date(String name) {
        try {
            return LocalDate.parse(text(name));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public LocalDateTime dateTime(String name) {
        try {
            return LocalDateTime.parse(text(name));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<Long> ids(String name) {
        var ids = new ArrayList<Long>();
        for (var value : list(name)) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                ids.add(-1L);
            }
        }
        return ids;
    }

    /** A multilingual field: {@code name.<language>} for each content language, falling back to {@code fallback}. */
    public LocalizedText localized(String name, String fallback) {
        var texts = new LinkedHashMap<String, String>();
        values.forEach((key, list) -> {
            if (key.startsWith(name + ".") && !list.isEmpty()) {
                texts.put(key.substring(name.length() + 1), list.getFirst());
            }
        });
        return new LocalizedText(fallback, texts);
    }

    /** Values under a prefix, e.g. {@code answer.q1} -> {@code q1}. */
    public Map<String, List<String>> prefixed(String prefix) {
        var result = new LinkedHashMap<String, List<String>>();
        values.forEach((key, list) -> {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), list(key));
            }
        });
        return result;
    }
}
