package org.silta.app.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/** A table as an organiser sees it, written out as CSV (RFC 4180, UTF-8) or XLSX. */
public record Table(String title, List<String> headers, List<List<String>> rows) {

    public byte[] csv() {
        var out = new StringBuilder("\uFEFF");
        appendCsvLine(out, headers);
        rows.forEach(row -> appendCsvLine(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Silta", "1.0");
            var sheet = workbook.newWorksheet(sheetName(title));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, row.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void appendCsvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes as RFC 4180 says, and defuses cells a spreadsheet would run as a formula. */
    static String csvCell(String value) {
        var text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String sheetName(String title) {
        var cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Silta" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
