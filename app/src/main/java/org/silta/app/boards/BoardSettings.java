package org.silta.app.boards;

/**
 * How a board works, stated to participants before they write: anonymous or named, notes hidden until reveal,
 * and the dots each participant (or each country's or organisation's delegation) may place, at most {@code dotsPerNote} on one note.
 */
public record BoardSettings(boolean anonymous, boolean hiddenWriting, int dots, int dotsPerNote, DotsPer dotsPer,
                            boolean votesVisible) {

    /** Whose budget a dot comes from: each person's own, or one shared by a country's or an organisation's delegation. */
    public enum DotsPer { PERSON, COUNTRY, ORGANISATION }

    public static BoardSettings usual() {
        return new BoardSettings(false, true, 5, 3, DotsPer.PERSON, false);
    }
}
