package org.silta.app.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A report as a Word document (DOCX), with the same sections as its PDF, for organisers to go on editing. */
public final class ReportDocx {

    private ReportDocx() {
    }

    public static byte[] render(ReportDocument document) {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            run(docx.createParagraph(), document.title(), 20, true, document.language());
            for (var section : document.sections()) {
                run(docx.createParagraph(), section.heading(), 14, true, document.language());
                switch (section) {
                    case ReportDocument.Text text -> text(docx, text, document.language());
                    case ReportDocument.Table table -> table(docx, table);
                    case ReportDocument.Chart chart -> chart(docx, chart, document.language());
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XWPFDocument docx, ReportDocument.Text text, String language) {
        for (var line : ReportDocument.lines(text.body())) {
            switch (line.kind()) {
                case BULLET -> run(docx.createParagraph(), "• " + line.text(), 11, false, language);
                case SUBHEADING -> run(docx.createParagraph(), line.text(), 12, true, language);
                case PARAGRAPH -> run(docx.createParagraph(), line.text(), 11, false, language);
            }
        }
    }

    private static void table(XWPFDocument docx, ReportDocument.Table section) {
        var table = docx.createTable(section.rows().size() + 1, section.headers().size());
        fill(table.getRow(0), section.headers(), true);
        for (int r = 0; r < section.rows().size(); r++) {
            fill(table.getRow(r + 1), section.rows().get(r), false);
        }
    }

    private static void fill(org.apache.poi.xwpf.usermodel.XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            var paragraph = row.getCell(c).getParagraphs().getFirst();
            var run = paragraph.createRun();
            run.setBold(bold);
            run.setText(cells.get(c));
        }
    }

    private static void chart(XWPFDocument docx, ReportDocument.Chart chart, String language)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        var run = docx.createParagraph().createRun();
        run.addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG, "chart.png", Units.toEMU(450),
                Units.toEMU(225));
        run(docx.createParagraph(), chart.description(), 10, false, language);
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, String language) {
        var run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setLang(language);
    }
}
