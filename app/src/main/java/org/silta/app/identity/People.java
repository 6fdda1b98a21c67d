package org.silta.app.identity;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    Optional<Person> findByCalendarToken(String calendarToken);
}
