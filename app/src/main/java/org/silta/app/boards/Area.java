package org.silta.app.boards;

import org.silta.app.shared.LocalizedText;

/**
 * One area of a board, e.g. "Threats", with the prompt participants see in their language. Notes in an area
 * with {@code actions} carry an owner and a time frame.
 */
public record Area(String key, LocalizedText title, LocalizedText prompt, boolean actions) {
}
