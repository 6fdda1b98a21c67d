package org.silta.engine.scheduling;

/** A pinned request that cannot be held in its slot, with the reason an organiser can act on. */
public record Conflict(String request, String reason) {
}
