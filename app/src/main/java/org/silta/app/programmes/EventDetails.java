package org.silta.app.programmes;

import java.time.LocalDate;
import org.silta.app.shared.LocalizedText;

/** What an organiser writes about an event. */
public record EventDetails(LocalizedText title, EventFormat format, String venue, String videoLink, String timeZone,
                           LocalDate startsOn, LocalDate endsOn, LocalizedText objectives, LocalizedText background) {
}
