package org.silta.engine.scheduling;

/** A scheduled request; {@code table} is null where the slot's capacity is unlimited. */
public record Meeting(String request, String slot, Integer table) {
}
