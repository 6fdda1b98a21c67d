package org.silta.app.organisations;

import com.ibm.icu.text.Transliterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation's name reduced to what tells it apart: Latin letters without accents or
 * punctuation, without legal forms ("Oy", "LLC", "ООО"), so "Oppimateriaali Oy" and
 * "OPPIMATERIAALI oy." meet, and "Министерство просвещения" meets its transliteration.
 */
final class NameKey {

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> LEGAL_FORMS = Set.of("oy", "oyj", "ab", "abp", "ry", "sr", "ltd", "llc", "inc",
            "gmbh", "ag", "sa", "plc", "co", "corp", "ooo", "oao", "zao", "pao", "ao", "mchj", "too", "ip", "jsc", "the");

    private NameKey() {
    }

    /**
     * People spell Cyrillic names in Latin letters in several ways ("shch", "sch", "ŝ"; "ya", "ia", "â"):
     * fold each sound to one letter so the spellings meet.
     */
    private static String foldSpellings(String latin) {
        var folded = latin;
        for (var spelling : SPELLINGS) {
            folded = folded.replace(spelling[0], spelling[1]);
        }
        return folded;
    }

    private static final String[][] SPELLINGS = {
        {"shch", "s"}, {"sch", "s"}, {"sh", "s"}, {"ch", "c"}, {"zh", "z"}, {"kh", "h"}, {"ts", "c"},
        {"ya", "a"}, {"ia", "a"}, {"yu", "u"}, {"iu", "u"}, {"yo", "o"}, {"ye", "e"}, {"iy", "i"}, {"y", "i"}, {"'", ""}
    };

    static String of(String name) {
        var ascii = foldSpellings(TO_ASCII.get().transliterate(name.strip()));
        var words = NOT_ALPHANUMERIC.split(ascii);
        var key = new StringBuilder();
        for (var word : words) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                key.append(key.isEmpty() ? "" : " ").append(word);
            }
        }
        return key.isEmpty() ? ascii : key.toString();
    }
}
