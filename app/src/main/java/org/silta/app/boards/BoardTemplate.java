package org.silta.app.boards;

import java.util.List;
import org.silta.app.shared.LocalizedText;

/** A board's areas as data: Silta ships some ({@code key} set), organisers define their own for a programme. */
public record BoardTemplate(long id, String key, Long programmeId, LocalizedText name, List<Area> areas) {
}
