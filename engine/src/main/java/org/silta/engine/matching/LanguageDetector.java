package org.silta.engine.matching;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells the language of a normalised text: first its script (Hangul is Korean), then within
 * Latin (en, fi, sv, uz) or Cyrillic (ru, kk, ky, tg, Uzbek in Cyrillic) by a naive Bayes
 * model of character 1-3-grams, plus a bonus for each stop word of the language. The model is
 * trained at start-up from sample prose and the vocabulary's labels.
 */
final class LanguageDetector {

    static final String UZBEK_CYRILLIC = "uz-Cyrl";
    static final String KOREAN = "ko";

    private static final List<String> LATIN = List.of("en", "fi", "sv", "uz");
    private static final List<String> CYRILLIC = List.of("ru", "kk", "ky", "tg", UZBEK_CYRILLIC);
    private static final double SMOOTHING = 0.5;
    private static final double STOP_WORD_BONUS = 2.0;

    private static final class Standard {
        static final LanguageDetector INSTANCE = trainStandard();
    }

    private final List<String> languages;
    private final GramTable grams;
    private final List<Set<String>> stopWords;

    private LanguageDetector(List<String> languages, GramTable grams, List<Set<String>> stopWords) {
        this.languages = languages;
        this.grams = grams;
        this.stopWords = stopWords;
    }

    static LanguageDetector standard() {
        return Standard.INSTANCE;
    }

    /** A language code, {@link #UZBEK_CYRILLIC}, or {@code und} for text without letters we know. */
    String detect(String normalised) {
        int latin = 0;
        int cyrillic = 0;
        int hangul = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isLetter(c)) {
                switch (UnicodeScript.of(c)) {
                    case LATIN -> latin++;
                    case CYRILLIC -> cyrillic++;
                    case HANGUL -> hangul++;
                    default -> { }
                }
            }
        }
        if (hangul > 0 && hangul * 2 >= latin + cyrillic) {
            return KOREAN;
        }
        if (latin == 0 && cyrillic == 0) {
            return LanguageAnalyzers.UNDETERMINED;
        }
        var totals = new double[languages.size()];
        forEachWord(normalised, word -> score(word, totals));
        int from = cyrillic > latin ? LATIN.size() : 0;
        int to = cyrillic > latin ? languages.size() : LATIN.size();
        int best = from;
        for (int i = from; i < to; i++) {
            if (totals[i] > totals[best]) {
                best = i;
            }
        }
        return languages.get(best);
    }

    private void score(String word, double[] totals) {
        var padded = " " + word + " ";
        for (int i = 0; i < padded.length(); i++) {
            char first = padded.charAt(i);
            char second = i + 1 < padded.length() ? padded.charAt(i + 1) : 0;
            char third = i + 2 < padded.length() ? padded.charAt(i + 2) : 0;
            if (first != ' ') {
                grams.addTo(GramTable.pack(first, (char) 0, (char) 0), totals);
            }
            if (second != 0) {
                grams.addTo(GramTable.pack(first, second, (char) 0), totals);
            }
            if (third != 0) {
                grams.addTo(GramTable.pack(first, second, third), totals);
            }
        }
        var bare = word.indexOf(TextNormaliser.APOSTROPHE) < 0 ? word : word.replace("'", "");
        for (int i = 0; i < totals.length; i++) {
            if (stopWords.get(i).contains(bare)) {
                totals[i] += STOP_WORD_BONUS;
            }
        }
    }

    /** Words are runs of letters, with apostrophes inside them (Uzbek o', g', ta'lim). */
    static void forEachWord(String text, Consumer<String> action) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == TextNormaliser.APOSTROPHE && start >= 0));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                int end = i;
                while (text.charAt(end - 1) == TextNormaliser.APOSTROPHE) {
                    end--;
                }
                action.accept(text.substring(start, end));
                start = -1;
            }
        }
    }

    private static LanguageDetector trainStandard() {
        var vocabulary = Vocabulary.standard();
        var languages = new ArrayList<String>(LATIN);
        languages.addAll(CYRILLIC);
        var samples = new HashMap<String, List<String>>();
        var stopWords = new ArrayList<Set<String>>();
        for (var language : languages) {
            var source = language.equals(UZBEK_CYRILLIC) ? "uz" : language;
            var texts = new ArrayList<>(LanguageResources.lines(source + ".sample"));
            vocabulary.concepts().forEach(concept -> texts.addAll(concept.labels().getOrDefault(source, List.of())));
            var words = new HashSet<String>();
            LanguageAnalyzers.stopWords(source).forEach(word -> words.add(new String((char[]) word)));
            if (language.equals(UZBEK_CYRILLIC)) {
                texts.replaceAll(text -> TextNormaliser.uzbekToCyrillic(TextNormaliser.normalise(text)));
                LanguageResources.lines("uz.stop")
                        .forEach(word -> words.add(TextNormaliser.uzbekToCyrillic(TextNormaliser.normalise(word))));
            }
            samples.put(language, texts);
            stopWords.add(Set.copyOf(words));
        }
        return new LanguageDetector(languages, train(languages, samples), stopWords);
    }

    private static GramTable train(List<String> languages, Map<String, List<String>> samples) {
        var counts = new HashMap<Long, int[]>();
        var totals = new long[languages.size()];
        for (int l = 0; l < languages.size(); l++) {
            int language = l;
            for (var text : samples.get(languages.get(l))) {
                forEachWord(TextNormaliser.normalise(text), word -> {
                    var padded = " " + word + " ";
                    for (int i = 0; i < padded.length(); i++) {
                        for (int n = 1; n <= 3 && i + n <= padded.length(); n++) {
                            if (n == 1 && padded.charAt(i) == ' ') {
                                continue;
                            }
                            char second = n > 1 ? padded.charAt(i + 1) : 0;
                            char third = n > 2 ? padded.charAt(i + 2) : 0;
                            counts.computeIfAbsent(GramTable.pack(padded.charAt(i), second, third),
                                    gram -> new int[languages.size()])[language]++;
                            totals[language]++;
                        }
                    }
                });
            }
        }
        var logProbabilities = new HashMap<Long, float[]>();
        int distinct = counts.size();
        counts.forEach((gram, perLanguage) -> {
            var scores = new float[languages.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = (float) Math.log((perLanguage[i] + SMOOTHING) / (totals[i] + SMOOTHING * distinct));
            }
            logProbabilities.put(gram, scores);
        });
        return new GramTable(logProbabilities, languages.size());
    }
}
