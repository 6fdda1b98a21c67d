package org.silta.app.programmes;

import java.util.List;
import org.silta.app.shared.LocalizedText;

/** What an organiser writes about a programme. */
public record ProgrammeDetails(LocalizedText title, LocalizedText summary, String defaultLanguage,
                               List<String> countries, List<String> focusSectors) {
}
