package org.silta.engine.matching;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites word endings, the longest fitting one first, for a number of rounds, while the word
 * keeps a minimum length. Two uses: light stemming where Lucene has no stemmer (Uzbek, Kazakh,
 * Kyrgyz, Tajik: inflectional endings come off, a few rounds deep), and evening out stems a
 * Snowball stemmer leaves different for forms of one word (Finnish {@code koulutus} and
 * {@code koulutuks} both become {@code koulutu}). Labels and texts go through the same rewrites,
 * so they meet in one stem even where it is not a dictionary word.
 */
final class EndingFilter extends TokenFilter {

    record Rewrite(String ending, String replacement) {
    }

    private final char[][] endings;
    private final String[] replacements;
    private final int minimumLength;
    private final int rounds;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    EndingFilter(TokenStream input, List<Rewrite> rewrites, int minimumLength, int rounds) {
        super(input);
        var longestFirst = rewrites.stream()
                .sorted(Comparator.comparingInt((Rewrite rewrite) -> rewrite.ending().length()).reversed())
                .toList();
        this.endings = longestFirst.stream().map(rewrite -> rewrite.ending().toCharArray()).toArray(char[][]::new);
        this.replacements = longestFirst.stream().map(Rewrite::replacement).toArray(String[]::new);
        this.minimumLength = minimumLength;
        this.rounds = rounds;
    }

    /** Endings that simply come off. */
    static List<Rewrite> removals(List<String> endings) {
        return endings.stream().map(ending -> new Rewrite(ending, "")).toList();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int round = 0;
        while (round < rounds && rewrite()) {
            round++;
        }
        return true;
    }

    private boolean rewrite() {
        var buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < endings.length; i++) {
            int stem = length - endings[i].length;
            if (stem + replacements[i].length() >= minimumLength
                    && Arrays.equals(buffer, stem, length, endings[i], 0, endings[i].length)) {
                term.setLength(stem).append(replacements[i]);
                return true;
            }
        }
        return false;
    }
}
