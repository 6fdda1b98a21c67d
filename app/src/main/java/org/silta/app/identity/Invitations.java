package org.silta.app.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.silta.app.shared.Invalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by email link. An invitation leads its holder to a target page (an event's
 * registration, say); people without an account create one on the way.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(60);
    public static final int MAX_AT_ONCE = 500;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public record Invitation(long id, String email, String target, String subject, Instant createdAt,
                             Instant expiresAt, Instant acceptedAt) {
        public boolean accepted() {
            return acceptedAt != null;
        }
    }

    public record Request(List<String> emails, String target, String subject, String message, String locale,
                          long inviterId, String baseUrl) {
    }

    /** Invites every address; all are checked first, so one bad address sends nothing. */
    @Transactional
    public int invite(Request request) {
        var problems = new Invalid.Collector();
        var emails = request.emails().stream().map(String::strip).filter(e -> !e.isEmpty()).distinct().toList();
        problems.check(!emails.isEmpty(), "emails", "invalid.required")
                .check(emails.size() <= MAX_AT_ONCE, "emails", "invalid.too-many", MAX_AT_ONCE)
                .text("message", request.message(), false, 2000);
        emails.forEach(email -> problems.email("emails", email));
        problems.throwIfAny();
        var inviter = accounts.get(request.inviterId());
        for (var email : emails) {
            var token = Tokens.next();
            var normalised = Accounts.normalise(email);
            jdbc.sql("""
                    insert into invitation (token_hash, email, target, subject, invited_by, expires_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(Tokens.hash(token), normalised, request.target(), request.subject(), inviter.id(),
                            Timestamp.from(clock.instant().plus(VALID_FOR)))
                    .update();
            var locale = accounts.byEmail(normalised).map(Person::locale).orElse(request.locale());
            events.publishEvent(new InvitationIssued(normalised, locale, request.subject(), inviter.name(),
                    request.message() == null ? "" : request.message().strip(),
                    request.baseUrl() + "/invitations/" + token));
        }
        return emails.size();
    }

    /** The invitation behind a link, while it is valid. */
    public Optional<Invitation> find(String token) {
        return jdbc.sql("select * from invitation where token_hash = ? and expires_at > ?")
                .params(Tokens.hash(token), Timestamp.from(clock.instant()))
                .query(Invitations::map).optional();
    }

    /** The invited person took up the invitation (registered, say): organisers see it on their list. */
    @Transactional
    public void accepted(String email, String target, long personId) {
        jdbc.sql("update invitation set accepted_at = ?, accepted_by = ? where email = ? and target = ? and accepted_at is null")
                .params(Timestamp.from(clock.instant()), personId, Accounts.normalise(email), target).update();
    }

    /** Whether this address holds a valid invitation to the target. */
    public boolean isInvited(String email, String target) {
        return jdbc.sql("select count(*) from invitation where email = ? and target = ? and expires_at > ?")
                .params(Accounts.normalise(email), target, Timestamp.from(clock.instant()))
                .query(Integer.class).single() > 0;
    }

    public List<Invitation> to(String target) {
        return jdbc.sql("select * from invitation where target = ? order by created_at desc, id desc")
                .param(target).query(Invitations::map).list();
    }

    private static Invitation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var accepted = rs.getTimestamp("accepted_at");
        return new Invitation(rs.getLong("id"), rs.getString("email"), rs.getString("target"), rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                accepted == null ? null : accepted.toInstant());
    }
}
