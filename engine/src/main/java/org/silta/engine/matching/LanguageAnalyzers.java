package org.silta.engine.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * One Lucene analyzer per language: Lucene's own for English, Finnish, Swedish, Russian and
 * Korean (Nori), with stem repairs for Finnish and Swedish; stop words and light suffix
 * stripping for Uzbek, Kazakh, Kyrgyz and Tajik. Thread-safe: Lucene keeps per-thread token
 * streams.
 */
final class LanguageAnalyzers {

    static final String UNDETERMINED = "und";

    private static final int MINIMUM_STEM = 4;
    /**
     * Finnish: endings Snowball leaves on some forms of a word only ({@code koulutuks},
     * {@code käännöks}, {@code yrittäjyyd}), then a last vowel of a long stem and a doubled
     * final consonant ({@code paikalli} and {@code paikal}, {@code opintomatko} and
     * {@code opintomatk} become one).
     */
    private static final List<Repair> FINNISH_REPAIRS = List.of(
            new Repair(rewrites("uks", "u", "yks", "y", "us", "u", "ys", "y", "int", "i", "in", "i", "is", "i",
                    "oks", "os", "öks", "ös", "uud", "uu", "uut", "uu", "yyd", "yy", "yyt", "yy", "mi", "m"), MINIMUM_STEM),
            new Repair(EndingFilter.removals(List.of("a", "e", "i", "o", "u", "y", "ä", "ö")), MINIMUM_STEM),
            new Repair(rewrites("kk", "k", "ll", "l", "mm", "m", "nn", "n", "pp", "p", "rr", "r", "ss", "s", "tt", "t"),
                    MINIMUM_STEM));
    private static final List<Repair> SWEDISH_REPAIRS = List.of(new Repair(rewrites("an", ""), MINIMUM_STEM));

    /** One round of ending rewrites that keeps stems at least {@code minimumStem} long. */
    private record Repair(List<EndingFilter.Rewrite> rewrites, int minimumStem) {
    }
    private static final int STRIPPING_ROUNDS = 4;
    /**
     * A final k or q turns voiced before a vowel ending (Uzbek {@code darslik}, {@code darsligi};
     * Kazakh {@code нарық}, {@code нарығына}); once the ending is off, the stem's last consonant
     * is written one way.
     */
    private static final Map<String, List<EndingFilter.Rewrite>> VOICED_FINALS = Map.of(
            "uz", rewrites("g", "k", "q", "k"),
            "kk", rewrites("ғ", "қ", "г", "к"),
            "ky", rewrites("г", "к"),
            "tg", List.of());

    private final Map<String, Analyzer> analyzers = new HashMap<>();

    LanguageAnalyzers() {
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("fi", snowball(FinnishAnalyzer.getDefaultStopSet(), FinnishStemmer::new, FINNISH_REPAIRS));
        analyzers.put("sv", snowball(SwedishAnalyzer.getDefaultStopSet(), SwedishStemmer::new, SWEDISH_REPAIRS));
        analyzers.put("ru", new RussianAnalyzer());
        analyzers.put("ko", new KoreanAnalyzer());
        for (var language : List.of("uz", "kk", "ky", "tg")) {
            analyzers.put(language, suffixStripping(stopWords(language),
                    EndingFilter.removals(LanguageResources.lines(language + ".suffixes")), VOICED_FINALS.get(language)));
        }
        analyzers.put(UNDETERMINED, plain());
    }

    /** Stop words of the language after its own preparation, as the analyzer compares them. */
    static CharArraySet stopWords(String language) {
        return switch (language) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fi" -> FinnishAnalyzer.getDefaultStopSet();
            case "sv" -> SwedishAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            default -> new CharArraySet(LanguageResources.lines(language + ".stop").stream()
                    .map(word -> prepare(language, TextNormaliser.normalise(word))).toList(), false);
        };
    }

    /** The analysed terms of normalised text, in order. */
    List<String> terms(String language, String normalisedText) {
        var analyzer = analyzers.getOrDefault(language, analyzers.get(UNDETERMINED));
        var terms = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream("", prepare(language, normalisedText))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Uzbek is compared without apostrophes, as many people type it; Russian without ё. */
    private static String prepare(String language, String text) {
        return switch (language) {
            case "uz" -> text.indexOf(TextNormaliser.APOSTROPHE) < 0 ? text : text.replace("'", "");
            case "ru" -> text.replace('ё', 'е');
            default -> text;
        };
    }

    private static Analyzer snowball(CharArraySet stopWords, Supplier<SnowballStemmer> stemmer, List<Repair> repairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), stopWords);
                stream = new SnowballFilter(stream, stemmer.get());
                for (var repair : repairs) {
                    stream = new EndingFilter(stream, repair.rewrites(), repair.minimumStem(), 1);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static Analyzer suffixStripping(CharArraySet stopWords, List<EndingFilter.Rewrite> suffixes,
                                            List<EndingFilter.Rewrite> finals) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), stopWords);
                stream = new EndingFilter(stream, suffixes, MINIMUM_STEM, STRIPPING_ROUNDS);
                return new TokenStreamComponents(tokenizer, new EndingFilter(stream, finals, MINIMUM_STEM, 1));
            }
        };
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }

    private static List<EndingFilter.Rewrite> rewrites(String... endingThenReplacement) {
        var rewrites = new ArrayList<EndingFilter.Rewrite>();
        for (int i = 0; i < endingThenReplacement.length; i += 2) {
            rewrites.add(new EndingFilter.Rewrite(endingThenReplacement[i], endingThenReplacement[i + 1]));
        }
        return List.copyOf(rewrites);
    }
}
