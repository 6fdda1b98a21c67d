package org.silta.engine.matching;

import java.util.List;

/** The languages Silta's vocabulary and text analysis know, and detection of a text's language. */
public final class Languages {

    /** ISO 639-1 codes: English, Finnish, Swedish, Russian, Uzbek, Kazakh, Kyrgyz, Tajik, Korean. */
    public static final List<String> SUPPORTED = List.of("en", "fi", "sv", "ru", "uz", "kk", "ky", "tg", "ko");

    private Languages() {
    }

    /** The ISO 639-1 code of the text's language (Uzbek in either script is {@code uz}), or {@code und}. */
    public static String detect(String text) {
        var detected = LanguageDetector.standard().detect(TextNormaliser.normalise(text));
        return detected.equals(LanguageDetector.UZBEK_CYRILLIC) ? "uz" : detected;
    }
}
