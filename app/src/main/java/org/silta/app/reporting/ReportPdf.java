package org.silta.app.reporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * A report as PDF, laid out from XHTML by openhtmltopdf. The fonts travel with Silta: DejaVu Sans prints
 * Latin (Finnish too) and Cyrillic, NanumGothic takes the Korean glyphs DejaVu lacks.
 */
public final class ReportPdf {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: 'DejaVu Sans', 'NanumGothic'; font-size: 10pt; line-height: 1.4; color: #1b1f24; }
            h1 { font-size: 18pt; margin: 0 0 10pt; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt; border-bottom: 1px solid #c5ccd3; }
            h3 { font-size: 10.5pt; margin: 8pt 0 2pt; }
            p { margin: 0 0 5pt; }
            ul { margin: 0 0 5pt 14pt; padding: 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
            th, td { border-bottom: 1px solid #c5ccd3; padding: 2pt 4pt; text-align: left; font-size: 9pt; }
            th { background: #f3f5f7; }
            img { width: 100%; }
            """;

    static {
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private ReportPdf() {
    }

    public static byte[] render(ReportDocument document) {
        return render(xhtml(document));
    }

    /** Any XHTML page with Silta's fonts; its style names them as {@code font-family: 'DejaVu Sans', 'NanumGothic'}. */
    public static byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("NanumGothic.ttf"), "NanumGothic", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String xhtml(ReportDocument document) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(escape(document.language()))
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(escape(document.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1>")
                .append(escape(document.title())).append("</h1>");
        for (var section : document.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>");
            switch (section) {
                case ReportDocument.Text text -> text(html, text);
                case ReportDocument.Table table -> table(html, table);
                case ReportDocument.Chart chart -> html.append("<img alt=\"").append(escape(chart.description()))
                        .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                        .append("\"/><p>").append(escape(chart.description())).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void text(StringBuilder html, ReportDocument.Text text) {
        var inList = false;
        for (var line : ReportDocument.lines(text.body())) {
            if (line.kind() == ReportDocument.Line.Kind.BULLET != inList) {
                html.append(inList ? "</ul>" : "<ul>");
                inList = !inList;
            }
            switch (line.kind()) {
                case BULLET -> html.append("<li>").append(escape(line.text())).append("</li>");
                case SUBHEADING -> html.append("<h3>").append(escape(line.text())).append("</h3>");
                case PARAGRAPH -> html.append("<p>").append(escape(line.text())).append("</p>");
            }
        }
        if (inList) {
            html.append("</ul>");
        }
    }

    private static void table(StringBuilder html, ReportDocument.Table table) {
        html.append("<table><thead><tr>");
        table.headers().forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    static InputStream font(String name) {
        var stream = ReportPdf.class.getResourceAsStream("/fonts/" + name);
        if (stream == null) {
            throw new IllegalStateException("the font " + name + " is missing from Silta's resources");
        }
        return stream;
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
