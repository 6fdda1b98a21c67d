package org.silta.app.boards;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.reporting.ReportPdf;
import org.silta.app.shared.Table;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * A board's results, each area's notes most votes first, as CSV, JSON, Markdown or PDF. Exports show what
 * everyone may see: never an author on an anonymous board, never a hidden or moderated note. The PDF prints
 * with the fonts of Silta's reports: Finnish, Cyrillic and Korean alike.
 */
@Service
public class BoardExport {

    private final Boards boards;
    private final BoardAccess access;
    private final BoardView view;

    BoardExport(Boards boards, BoardAccess access, BoardView view) {
        this.boards = boards;
        this.access = access;
        this.view = view;
    }

    public record Rows(String title, List<String> headers, List<Map<String, Object>> rows) {
    }

    public Rows rows(long boardId, SignedIn me, Locale locale) {
        var board = boards.get(boardId);
        access.actor(board, me);
        var state = view.forExport(board);
        var rows = new ArrayList<Map<String, Object>>();
        for (var area : state.areas()) {
            var clusters = new LinkedHashMap<Long, String>();
            area.clusters().forEach(cluster -> clusters.put(cluster.id(), cluster.title()));
            for (var note : area.ranked()) {
                var row = new LinkedHashMap<String, Object>();
                row.put("area", area.area().title().in(locale));
                row.put("cluster", note.clusterId() == null ? "" : clusters.get(note.clusterId()));
                row.put("note", note.text());
                row.put("language", note.language());
                row.put("votes", note.votes());
                row.put("author", note.author() == null ? "" : note.author());
                row.put("owner", note.owner() == null ? "" : note.owner());
                row.put("timeFrame", note.timeFrame() == null ? "" : note.timeFrame());
                rows.add(row);
            }
        }
        return new Rows(board.title().in(locale),
                List.of("area", "cluster", "note", "language", "votes", "author", "owner", "timeFrame"), rows);
    }

    public byte[] csv(Rows rows) {
        return new Table(rows.title(), rows.headers(), rows.rows().stream()
                .map(row -> rows.headers().stream().map(header -> String.valueOf(row.get(header))).toList()).toList()).csv();
    }

    public byte[] json(Rows rows) {
        return Boards.JSON.writeValueAsBytes(Map.of("board", rows.title(), "notes", rows.rows()));
    }

    public byte[] markdown(Rows rows) {
        var out = new StringBuilder("# ").append(rows.title()).append("\n");
        String area = null;
        for (var row : rows.rows()) {
            if (!row.get("area").equals(area)) {
                area = (String) row.get("area");
                out.append("\n## ").append(area).append("\n\n");
            }
            out.append("- ").append(oneLine(row.get("note"))).append(" (").append(row.get("votes")).append(")");
            appendIf(out, " · ", row.get("cluster"));
            appendIf(out, " · ", row.get("owner"));
            appendIf(out, " · ", row.get("timeFrame"));
            appendIf(out, " · ", row.get("author"));
            out.append("\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(Rows rows, String language) {
        var html = new StringBuilder("<html lang=\"").append(language).append("\"><head><meta charset=\"utf-8\"/><style>")
                .append("body{font-family:'DejaVu Sans','NanumGothic';font-size:11pt} h1{font-size:18pt} h2{font-size:14pt;margin-top:14pt}")
                .append("li{margin-bottom:4pt} .votes{font-weight:bold}</style></head><body><h1>")
                .append(escape(rows.title())).append("</h1>");
        String area = null;
        for (var row : rows.rows()) {
            if (!row.get("area").equals(area)) {
                html.append(area == null ? "" : "</ul>").append("<h2>").append(escape(row.get("area"))).append("</h2><ul>");
                area = (String) row.get("area");
            }
            html.append("<li lang=\"").append(escape(row.get("language"))).append("\"><span class=\"votes\">")
                    .append(row.get("votes")).append("</span> ").append(escape(row.get("note")));
            if (!String.valueOf(row.get("owner")).isEmpty() || !String.valueOf(row.get("timeFrame")).isEmpty()) {
                html.append(" (").append(escape(row.get("owner"))).append(", ").append(escape(row.get("timeFrame"))).append(")");
            }
            html.append("</li>");
        }
        html.append(area == null ? "" : "</ul>").append("</body></html>");
        return ReportPdf.render(html.toString());
    }

    private static void appendIf(StringBuilder out, String separator, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            out.append(separator).append(oneLine(value));
        }
    }

    private static String oneLine(Object value) {
        return String.valueOf(value).replaceAll("\\s+", " ");
    }

    private static String escape(Object value) {
        return HtmlUtils.htmlEscape(String.valueOf(value), "UTF-8");
    }
}
