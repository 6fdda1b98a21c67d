package org.silta.engine.matching;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Puts text into the one form every later step expects: NFKC with case folding, and the many
 * apostrophes people type in Uzbek (ʻ ʼ ' ` ‘ ’) as the ASCII one.
 */
final class TextNormaliser {

    static final char APOSTROPHE = '\'';
    private static final String APOSTROPHE_VARIANTS = "ʻʼʽ`‘’´′ʹ";
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    // ICU transliterators are not meant to be shared between threads.
    private static final ThreadLocal<Transliterator> UZBEK_TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("uz_Cyrl-uz_Latn"));
    private static final ThreadLocal<Transliterator> UZBEK_TO_CYRILLIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("uz_Latn-uz_Cyrl"));
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("uz_Cyrl-uz_Latn; Any-Latin; Latin-ASCII"));

    private TextNormaliser() {
    }

    static String normalise(String text) {
        return NFKC_CASEFOLD.normalize(unifyApostrophes(text));
    }

    static String unifyApostrophes(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (APOSTROPHE_VARIANTS.indexOf(text.charAt(i)) >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = APOSTROPHE;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Uzbek in Cyrillic script to the official Latin alphabet, normalised. */
    static String uzbekToLatin(String text) {
        return normalise(UZBEK_TO_LATIN.get().transliterate(text));
    }

    /** Uzbek in Latin script (normalised, with ASCII apostrophes) to Cyrillic. */
    static String uzbekToCyrillic(String latin) {
        var official = latin.replace("o'", "oʻ").replace("g'", "gʻ").replace(APOSTROPHE, 'ʼ');
        return normalise(UZBEK_TO_CYRILLIC.get().transliterate(official));
    }

    /**
     * A script-free key for autocomplete: Uzbek Cyrillic the official way, any other script by
     * ICU's romanisation, then plain ASCII without apostrophes, lower case, single spaces.
     */
    static String asciiKey(String text) {
        var latin = TO_ASCII.get().transliterate(normalise(text).replace('ҷ', 'j'));
        var key = new StringBuilder(latin.length());
        boolean space = true;
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
                space = false;
            } else if (c != APOSTROPHE && !space) {
                key.append(' ');
                space = true;
            }
        }
        return key.toString().strip();
    }
}
