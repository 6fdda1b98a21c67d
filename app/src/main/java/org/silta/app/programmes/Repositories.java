package org.silta.app.programmes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Programmes extends ListCrudRepository<Programme, Long> {
}

interface Events extends ListCrudRepository<Event, Long> {

    List<Event> findByProgrammeIdOrderByStartsOn(long programmeId);
}

interface Sessions extends ListCrudRepository<Session, Long> {

    List<Session> findByEventIdOrderByStartsAt(long eventId);
}

interface Registrations extends ListCrudRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndPersonId(long eventId, long personId);

    List<Registration> findByPersonId(long personId);

    @Query("select count(*) from registration where event_id = :eventId and status = 'CONFIRMED'")
    int confirmedCount(long eventId);

    @Query("""
            select id from registration where event_id = :eventId and status = 'WAITING'
            order by created_at, id limit 1""")
    Optional<Long> firstWaiting(long eventId);
}
