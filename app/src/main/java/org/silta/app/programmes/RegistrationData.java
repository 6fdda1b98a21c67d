package org.silta.app.programmes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silta.app.identity.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's registrations in their data export. On erasure their answers and consent go, and the
 * registration loses its link to them, but keeps its country, organisation type and status so counts stay right.
 */
@Component
class RegistrationData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Events events;

    RegistrationData(JdbcClient jdbc, Registrations registrations, Events events) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    public Object export(long personId) {
        return registrations.findByPersonId(personId).stream().map(registration -> {
            var data = new LinkedHashMap<String, Object>();
            data.put("event", registration.eventId());
            data.put("eventTitle", events.findById(registration.eventId()).map(e -> e.title().texts()).orElse(Map.of()));
            data.put("status", registration.status().name());
            data.put("country", registration.country());
            data.put("organisationType", registration.organisationType());
            data.put("audienceGroup", registration.audienceGroup());
            data.put("sessions", registration.sessionIds());
            data.put("answers", registration.answers().values());
            data.put("onParticipantList", registration.listed());
            data.put("registeredAt", registration.createdAt().toString());
            return data;
        }).toList();
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("update registration set answers = '{\"values\":{}}', listed = false, person_id = null where person_id = ?")
                .param(personId).update();
    }
}
