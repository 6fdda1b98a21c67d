package org.silta.app.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads printed reports back as text, as a reader's software would: PDF with PDFBox, DOCX with POI. */
public final class ReportReading {

    private ReportReading() {
    }

    /** The PDF's text with every run of white space (line breaks included) read as one space. */
    public static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String docxText(byte[] docx) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            var tables = document.getTables().stream().flatMap(table -> table.getRows().stream())
                    .map(row -> row.getTableCells().stream().map(cell -> cell.getText()).collect(Collectors.joining(" | ")))
                    .collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
