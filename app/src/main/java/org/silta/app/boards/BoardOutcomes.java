package org.silta.app.boards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.silta.app.reporting.EventOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an event's boards produced, for its flash report: per area the clusters and loose notes with the
 * most votes, and the notes of proposal areas as the proposals. Hidden notes stay out.
 */
@Component
class BoardOutcomes implements EventOutcomes {

    static final String PROPOSALS = "proposals";

    private final Boards boards;
    private final JdbcClient jdbc;

    BoardOutcomes(Boards boards, JdbcClient jdbc) {
        this.boards = boards;
        this.jdbc = jdbc;
    }

    private record Row(long note, String area, Long cluster, String clusterTitle, String text, String language, int votes) {
    }

    @Override
    public Outcomes of(long eventId, int topPerArea) {
        var areas = new ArrayList<Area>();
        var proposals = new ArrayList<Item>();
        for (var board : boards.ofEvent(eventId)) {
            var rows = jdbc.sql("""
                    select n.id, n.area, n.cluster_id, c.title, n.text, n.language,
                           (select count(*) from board_vote v where v.note_id = n.id) as votes
                    from board_note n left join board_cluster c on c.id = n.cluster_id
                    where n.board_id = ? and not n.hidden order by n.id""")
                    .param(board.id())
                    .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7)))
                    .list();
            for (var area : board.areas()) {
                var items = items(rows.stream().filter(row -> row.area().equals(area.key())).toList(),
                        board.title().fallback());
                if (area.key().equals(PROPOSALS)) {
                    proposals.addAll(items);
                } else if (!items.isEmpty()) {
                    areas.add(new Area(area.title().fallbackText(), area.title().fallback(),
                            items.subList(0, Math.min(topPerArea, items.size()))));
                }
            }
        }
        proposals.sort(Comparator.comparingInt(Item::votes).reversed());
        return new Outcomes(areas, proposals);
    }

    /** A cluster counts its notes' votes together; notes outside clusters count their own. Most votes first. */
    private static List<Item> items(List<Row> rows, String boardLanguage) {
        var clusters = new HashMap<Long, Integer>();
        var titles = new HashMap<Long, String>();
        var items = new ArrayList<Item>();
        for (var row : rows) {
            if (row.cluster() == null) {
                items.add(new Item(row.text(), row.language(), row.votes(), false));
            } else {
                clusters.merge(row.cluster(), row.votes(), Integer::sum);
                titles.put(row.cluster(), row.clusterTitle());
            }
        }
        clusters.forEach((cluster, votes) -> items.add(new Item(titles.get(cluster), boardLanguage, votes, true)));
        items.sort(Comparator.comparingInt(Item::votes).reversed());
        return items;
    }
}
