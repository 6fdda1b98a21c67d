package org.silta.engine.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one scheme of the vocabulary from a tab-separated resource with the columns
 * {@code id, parent, language, labels}; labels are separated by {@code |}, the preferred one
 * first. Each concept has one row per language; lines starting with {@code #} are comments.
 */
final class VocabularyFile {

    private record Draft(String parentId, Map<String, List<String>> labels) {
    }

    private VocabularyFile() {
    }

    static List<Concept> read(String scheme) {
        var resource = "vocabulary/" + scheme + ".tsv";
        var stream = VocabularyFile.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing vocabulary resource " + resource);
        }
        var drafts = new LinkedHashMap<String, Draft>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    addRow(drafts, scheme, line.split("\t", -1), resource + ":" + lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var concepts = new ArrayList<Concept>(drafts.size());
        drafts.forEach((id, draft) -> concepts.add(new Concept(id, scheme, draft.parentId(), draft.labels())));
        return concepts;
    }

    private static void addRow(Map<String, Draft> drafts, String scheme, String[] columns, String where) {
        if (columns.length != 4) {
            throw new IllegalStateException(where + ": expected 4 tab-separated columns, found " + columns.length);
        }
        var id = columns[0].strip();
        var parentId = columns[1].isBlank() ? null : columns[1].strip();
        var language = columns[2].strip();
        if (!id.startsWith(scheme + ":")) {
            throw new IllegalStateException(where + ": id " + id + " is not in scheme " + scheme);
        }
        var labels = new ArrayList<String>();
        for (var label : columns[3].split("\\|")) {
            if (label.isBlank()) {
                throw new IllegalStateException(where + ": empty label for " + id);
            }
            labels.add(label.strip());
        }
        var draft = drafts.computeIfAbsent(id, key -> new Draft(parentId, new LinkedHashMap<>()));
        if (!java.util.Objects.equals(draft.parentId(), parentId)) {
            throw new IllegalStateException(where + ": " + id + " has two parents");
        }
        if (draft.labels().putIfAbsent(language, List.copyOf(labels)) != null) {
            throw new IllegalStateException(where + ": " + id + " has two rows in " + language);
        }
    }
}
