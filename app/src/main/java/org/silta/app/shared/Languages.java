package org.silta.app.shared;

import java.util.List;
import java.util.Locale;

/** The languages of Silta's interface, and the languages people write content in. */
public final class Languages {

    /** The interface speaks these, in this order on the language menu. */
    public static final List<String> INTERFACE = List.of("en", "fi", "sv", "ru");

    /** Languages content can be written in: the interface's and those of the programmes' countries. */
    public static final List<String> CONTENT = List.of("en", "fi", "sv", "ru", "uz", "kk", "ky", "tg", "tk", "ko", "fr", "de", "it", "es");

    private Languages() {
    }

    public static boolean isContentLanguage(String tag) {
        return CONTENT.contains(tag);
    }

    /** The language's own name for itself, e.g. "suomi" for fi. */
    public static String endonym(String tag) {
        var locale = Locale.forLanguageTag(tag);
        var name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static String name(String tag, Locale in) {
        var name = Locale.forLanguageTag(tag).getDisplayLanguage(in);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }
}
