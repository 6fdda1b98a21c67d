package org.silta.app.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files Silta hands over: the browser saves them under their name, which may hold any letters. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] bytes, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(bytes);
    }

    /** A table as CSV or XLSX, named {@code baseName.csv} or {@code baseName.xlsx}. */
    public static ResponseEntity<byte[]> table(Table table, boolean xlsx, String baseName) {
        return xlsx ? attachment(table.xlsx(), baseName + ".xlsx", XLSX) : attachment(table.csv(), baseName + ".csv", CSV);
    }
}
