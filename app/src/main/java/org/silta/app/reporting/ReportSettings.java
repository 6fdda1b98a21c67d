package org.silta.app.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Invalid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an event is reported: the countries and themes it is tagged with, so regional roll-ups find it, and
 * the registration question (if any) that asks people to describe their gender.
 */
@Service
public class ReportSettings {

    private final JdbcClient jdbc;
    private final ReportAccess access;
    private final AuditLog audit;

    ReportSettings(JdbcClient jdbc, ReportAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public record Settings(long eventId, List<String> countries, List<String> themes, Optional<String> genderQuestion) {
    }

    @Transactional
    public void change(long eventId, List<String> countries, List<String> themes, String genderQuestion, SignedIn me) {
        var event = access.write(eventId, me);
        var question = genderQuestion == null || genderQuestion.isBlank() ? null : genderQuestion;
        var problems = new Invalid.Collector()
                .check(question == null || event.questions().stream().anyMatch(q -> q.id().equals(question)), "genderQuestion",
                        "invalid.choice", String.valueOf(question));
        countries.forEach(country -> problems.country("tagCountries", country, true));
        themes.forEach(theme -> problems.text("tagThemes", theme, true, 100));
        problems.throwIfAny();
        jdbc.sql("""
                insert into event_report_setting (event_id, countries, themes, gender_question) values (?, ?, ?, ?)
                on conflict (event_id) do update set countries = excluded.countries, themes = excluded.themes,
                    gender_question = excluded.gender_question""")
                .params(eventId, countries.toArray(String[]::new), themes.toArray(String[]::new), question).update();
        audit.record(me.id(), event.programmeId(), "report.settings", "event " + eventId + ": " + event.title().fallbackText(),
                String.join(",", countries) + " / " + String.join(",", themes));
    }

    public Settings of(long eventId) {
        return jdbc.sql("select * from event_report_setting where event_id = ?").param(eventId)
                .query((rs, row) -> new Settings(eventId, strings(rs.getArray("countries")), strings(rs.getArray("themes")),
                        Optional.ofNullable(rs.getString("gender_question"))))
                .optional().orElse(new Settings(eventId, List.of(), List.of(), Optional.empty()));
    }

    /** Events tagged with any of the countries (or any country, when none is given) and any of the themes. */
    List<Settings> tagged(List<String> countries, List<String> themes) {
        return jdbc.sql("""
                select * from event_report_setting
                where (cardinality(?::text[]) = 0 or countries && ?::text[])
                  and (cardinality(?::text[]) = 0 or themes && ?::text[])
                  and (cardinality(countries) > 0 or cardinality(themes) > 0)
                order by event_id""")
                .params(countries.toArray(String[]::new), countries.toArray(String[]::new), themes.toArray(String[]::new),
                        themes.toArray(String[]::new))
                .query((rs, row) -> new Settings(rs.getLong("event_id"), strings(rs.getArray("countries")),
                        strings(rs.getArray("themes")), Optional.ofNullable(rs.getString("gender_question"))))
                .list();
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
