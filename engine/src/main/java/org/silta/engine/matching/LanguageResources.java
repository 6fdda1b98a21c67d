package org.silta.engine.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The per-language data files next to the vocabulary: stop words, endings and sample text. */
final class LanguageResources {

    private LanguageResources() {
    }

    /** The non-blank lines of {@code language/<name>} that are not {@code #} comments, stripped. */
    static List<String> lines(String name) {
        var resource = "language/" + name;
        var stream = LanguageResources.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing language resource " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
