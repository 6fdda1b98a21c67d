package org.silta.app.programmes;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's seats. Every decision about a seat first locks the event's row, so two people can
 * never take the last seat, and the waiting list moves up in the order people joined it.
 */
@Component
class Seats {

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Seats(JdbcClient jdbc, Registrations registrations, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    /** Holds the event's seats until the transaction ends; returns the event's current capacity. */
    @Transactional(propagation = Propagation.MANDATORY)
    Integer lock(long eventId) {
        return jdbc.sql("select capacity from event where id = ? for update").param(eventId)
                .query((rs, row) -> (Integer) rs.getObject("capacity")).list().getFirst();
    }

    /** CONFIRMED when a seat is free, else WAITING. Call with the event locked. */
    RegistrationStatus place(long eventId, Integer capacity) {
        return capacity == null || registrations.confirmedCount(eventId) < capacity
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /** Moves people up from the waiting list while seats are free. Call with the event locked. */
    void fillFreeSeats(long eventId, Integer capacity) {
        while (capacity == null || registrations.confirmedCount(eventId) < capacity) {
            var next = registrations.firstWaiting(eventId);
            if (next.isEmpty()) {
                return;
            }
            var registration = registrations.findById(next.get()).orElseThrow();
            registration.moveTo(RegistrationStatus.CONFIRMED, clock.instant());
            registrations.save(registration);
            events.publishEvent(new RegistrationChanged(registration.id(), eventId, registration.personId(),
                    RegistrationStatus.CONFIRMED, true));
        }
    }
}
