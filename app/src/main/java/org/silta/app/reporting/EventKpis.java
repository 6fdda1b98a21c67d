package org.silta.app.reporting;

import java.util.List;

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
    }

    /** How many registered and attended in one category, e.g. Kazakhstan. */
    public record Cell(String label, int registered, int attended) {

        public static boolean suppressed(int count) {
            return count > 0 && count < SMALLEST_SHOWN;
        }
    }

    public Breakdown breakdown(String dimension) {
        return breakdowns.stream().filter(b -> b.dimension().equals(dimension)).findFirst().orElse(null);
    }
}
