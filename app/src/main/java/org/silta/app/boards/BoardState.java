package org.silta.app.boards;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A board as one person may see it after operation {@code seq}: no author on an anonymous board, no one
 * else's note while notes are hidden until reveal (only how many), no moderated note except to facilitators.
 */
public record BoardState(Board board, boolean facilitator, boolean participant, List<AreaView> areas, int hiddenNotes,
                         int dotsLeft, long seq) {

    public record AreaView(Area area, List<ClusterView> clusters, List<NoteView> notes) {

        /** Every note of the area, most votes first: the results. */
        public List<NoteView> ranked() {
            return Stream.concat(notes.stream(), clusters.stream().flatMap(cluster -> cluster.notes().stream()))
                    .sorted(Comparator.comparingInt(NoteView::votes).reversed().thenComparingLong(NoteView::id))
                    .toList();
        }

        public int noteCount() {
            return notes.size() + clusters.stream().mapToInt(cluster -> cluster.notes().size()).sum();
        }
    }

    public record ClusterView(long id, String area, String title, List<NoteView> notes) {
    }

    public record NoteView(long id, String area, Long clusterId, String text, String language, String author, boolean mine,
                           boolean moderated, int votes, int myVotes, String owner, String timeFrame,
                           List<CommentView> comments, List<Voter> voters) {
    }

    /** Who put dots on a note, shown only on boards whose votes are visible and that are not anonymous. */
    public record Voter(String name, int dots) {

        public String label() {
            return dots > 1 ? name + " ×" + dots : name;
        }
    }

    public record CommentView(long id, String text, String language, String author) {
    }

    public List<NoteView> notes() {
        return areas.stream().flatMap(area -> Stream.concat(area.notes().stream(),
                area.clusters().stream().flatMap(cluster -> cluster.notes().stream()))).toList();
    }
}
