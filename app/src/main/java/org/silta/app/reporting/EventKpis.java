package org.silta.app.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * An event's key figures: registered and attended per session; participants by country, organisation
 * type, audience group and (when the organisers ask for it) self-described gender; organisations new to
 * the programme and returning; meetings; what came of it.
 */
public record EventKpis(List<SessionFigures> sessions, int registered, int attended, List<Breakdown> breakdowns,
                        int organisationsNew, int organisationsReturning, MeetingFigures.Meetings meetings,
                        PipelineFigures.Pipeline pipeline) {

    /** Cells counting fewer people than this are never shown, in pages or exports. */
    public static final int SMALLEST_SHOWN = 5;

    public record SessionFigures(String title, String language, int registered, int attended) {
    }

    /** Participants counted by one property; {@code dimension} names it ("country", "gender", ...). */
    public record Breakdown(String dimension, List<Cell> cells) {

        /**
         * The breakdown as it may be published. A cell of fewer than five people is suppressed; where a column would
         * then hold a single suppressed cell, the total would give it away, so the smallest other cell of that
         * column is withheld as well.
         */
        public static Breakdown protect(String dimension, List<Cell> counted) {
            var registered = complementary(counted, Cell::registered);
            var attended = complementary(counted, Cell::attended);
            return new Breakdown(dimension, counted.stream().map(cell -> new Cell(cell.label(), cell.registered(),
                    cell.attended(), cell.label().equals(registered), cell.label().equals(attended))).toList());
        }

        private static String complementary(List<Cell> cells, ToIntFunction<Cell> count) {
            if (cells.stream().filter(cell -> Cell.suppressed(count.applyAsInt(cell))).count() != 1) {
                return null;
            }
            return cells.stream().filter(cell -> !Cell.suppressed(count.applyAsInt(cell)))
                    .min(Comparator.comparingInt(count)).map(Cell::label).orElse(null);
        }
    }

    /**
     * How many registered and attended in one category, e.g. Kazakhstan; a count is withheld when showing it would
     * let a reader work out a suppressed one.
     */
    public record Cell(String label, int registered, int attended, boolean registeredWithheld, boolean attendedWithheld) {

        public Cell(String label, int registered, int attended) {
            this(label, registered, attended, false, false);
        }

        public static boolean suppressed(int count) {
            return count > 0 && count < SMALLEST_SHOWN;
        }

        /** Whether a chart may draw this cell's registrations. */
        public boolean registeredShown() {
            return registered >= SMALLEST_SHOWN && !registeredWithheld;
        }
    }

    public Breakdown breakdown(String dimension) {
        return breakdowns.stream().filter(b -> b.dimension().equals(dimension)).findFirst().orElse(null);
    }
}
