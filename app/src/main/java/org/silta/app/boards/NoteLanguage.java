package org.silta.app.boards;

import org.silta.app.shared.Languages;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language a note or comment carries: the one its writer chose, or else the one the engine detects in its
 * text, or, for a text too short to tell, the writer's interface language
 * (the board's language outside a request). The writer can change it later.
 */
final class NoteLanguage {

    private NoteLanguage() {
    }

    static String of(String chosen, String text, Board board) {
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        var detected = text == null || text.isBlank() ? "und" : org.silta.engine.matching.Languages.detect(text);
        if (Languages.isContentLanguage(detected)) {
            return detected;
        }
        var context = LocaleContextHolder.getLocaleContext();
        var interfaceLanguage = context == null || context.getLocale() == null ? null : context.getLocale().getLanguage();
        return interfaceLanguage != null && Languages.isContentLanguage(interfaceLanguage) ? interfaceLanguage
                : board.title().fallback();
    }
}
