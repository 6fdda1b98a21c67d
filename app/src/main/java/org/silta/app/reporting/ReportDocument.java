package org.silta.app.reporting;

import java.util.List;

/**
 * A report as it is printed, in one language: a title and sections of written text, tables and charts.
 * The PDF and the DOCX are made from the same document, so both say the same.
 */
public record ReportDocument(String title, String language, List<Section> sections) {

    public sealed interface Section permits Text, Table, Chart {
        String heading();
    }

    /**
     * Text as the organiser wrote it: a line starting with "- " is a bullet, a line ending with ":" a
     * subheading, an empty line separates paragraphs.
     */
    public record Text(String heading, String body) implements Section {
    }

    public record Table(String heading, List<String> headers, List<List<String>> rows) implements Section {
    }

    /** A chart as a PNG picture, with the sentence that says what it shows. */
    public record Chart(String heading, byte[] png, String description) implements Section {
    }

    /** A line of a text section, as both renderers lay it out. */
    record Line(Kind kind, String text) {
        enum Kind { PARAGRAPH, BULLET, SUBHEADING }
    }

    static List<Line> lines(String body) {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> line.startsWith("- ")
                ? new Line(Line.Kind.BULLET, line.substring(2).strip())
                : line.endsWith(":") ? new Line(Line.Kind.SUBHEADING, line.substring(0, line.length() - 1))
                : new Line(Line.Kind.PARAGRAPH, line)).toList();
    }
}
