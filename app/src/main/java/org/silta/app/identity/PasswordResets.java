package org.silta.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.silta.app.shared.Invalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Choosing a new password through a link sent by email. */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(Accounts accounts, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a link when the address has an account; says nothing either way, so addresses cannot be probed. */
    @Transactional
    public void request(String email, String baseUrl) {
        accounts.byEmail(email).ifPresent(person -> {
            var token = Tokens.next();
            jdbc.sql("insert into password_reset (token_hash, person_id, expires_at) values (?, ?, ?)")
                    .params(Tokens.hash(token), person.id(), java.sql.Timestamp.from(clock.instant().plus(VALID_FOR)))
                    .update();
            events.publishEvent(new PasswordResetRequested(person.email(), person.name(), person.locale(),
                    baseUrl + "/password/reset?token=" + token));
        });
    }

    public boolean isUsable(String token) {
        return token != null && personFor(token) != null;
    }

    @Transactional
    public void reset(String token, String password) {
        var personId = token == null ? null : personFor(token);
        if (personId == null) {
            throw Invalid.of("token", "invalid.reset-link");
        }
        accounts.setPassword(accounts.get(personId), password);
        jdbc.sql("update password_reset set used_at = ? where token_hash = ?")
                .params(java.sql.Timestamp.from(clock.instant()), Tokens.hash(token)).update();
    }

    private Long personFor(String token) {
        return jdbc.sql("select person_id from password_reset where token_hash = ? and used_at is null and expires_at > ?")
                .params(Tokens.hash(token), java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).optional().orElse(null);
    }
}
