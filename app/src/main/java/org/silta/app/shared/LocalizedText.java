package org.silta.app.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text a person wrote in one or more languages, with the language to fall back to.
 * Keys are language tags (en, fi, sv, ru, uz, ...).
 */
public record LocalizedText(String fallback, Map<String, String> texts) {

    public LocalizedText {
        var cleaned = new LinkedHashMap<String, String>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                cleaned.put(language, text.strip());
            }
        });
        texts = Map.copyOf(cleaned);
        if (fallback == null || !texts.containsKey(fallback)) {
            fallback = texts.isEmpty() ? (fallback == null ? "en" : fallback) : cleaned.keySet().iterator().next();
        }
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(language, text == null ? Map.of() : Map.of(language, text));
    }

    public boolean isBlank() {
        return texts.isEmpty();
    }

    /** The text in the reader's language, or in the fallback language. */
    public String in(Locale locale) {
        return inLanguage(locale == null ? fallback : locale.getLanguage());
    }

    public String inLanguage(String language) {
        return texts.getOrDefault(language, texts.getOrDefault(fallback, ""));
    }

    /** The language the text {@link #in(Locale)} returns is written in: pages mark it with {@code lang}. */
    public String languageFor(Locale locale) {
        return locale != null && texts.containsKey(locale.getLanguage()) ? locale.getLanguage() : fallback;
    }

    public String fallbackText() {
        return inLanguage(fallback);
    }

    @Override
    public String toString() {
        return fallbackText();
    }
}
