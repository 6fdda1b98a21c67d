package org.silta.app.matchmaking;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.silta.engine.grouping.GroupFormer;
import org.silta.engine.grouping.GroupingInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakout groups for a group-work item of a session's agenda: the engine forms them from the session's
 * participants, mixing countries, kinds of organisation and languages, with themes from a registration
 * question; the organiser moves people by hand and publishes.
 */
@Service
public class BreakoutGroups {

    static final double SECONDS = 1.5;
    public static final List<String> ATTRIBUTES = List.of("country", "type", "language");

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue catalogue;
    private final MatchmakingEvent events;
    private final RegistrationBook registrations;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    BreakoutGroups(JdbcClient jdbc, ProgrammeCatalogue catalogue, MatchmakingEvent events, RegistrationBook registrations,
                   Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
        this.registrations = registrations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** How to form the groups; {@code themesQuestion} is a choice question whose options are the themes. */
    public record Plan(int groups, int minSize, int maxSize, int rounds, String themesQuestion, List<String> diversify) {
    }

    public record Breakout(long id, long sessionId, int agendaIndex, String title, Plan plan, boolean published,
                           int diversity, int diversityBound, int repeatedPairs, double interestMatched) {
        public double gapPercent() {
            return diversityBound == 0 ? 0 : 100.0 * (diversityBound - diversity) / diversityBound;
        }
    }

    public record Member(int round, int group, String theme, long personId, String name, String organisation, String country) {
    }

    @Transactional
    public Breakout form(long sessionId, int agendaIndex, Plan plan, SignedIn me) {
        var session = catalogue.session(sessionId, me);
        var event = events.managed(session.eventId(), me);
        var items = session.agenda();
        if (agendaIndex < 0 || agendaIndex >= items.size() || items.get(agendaIndex).kind() != AgendaKind.GROUP_WORK) {
            throw new NotFound("group work " + agendaIndex);
        }
        var people = registrations.confirmed(event.id()).stream().filter(e -> e.sessions().contains(sessionId)).toList();
        var question = plan.themesQuestion() == null || plan.themesQuestion().isBlank() ? null
                : event.questions().stream().filter(q -> q.id().equals(plan.themesQuestion())
                        && (q.kind() == QuestionKind.CHOICE || q.kind() == QuestionKind.MULTI_CHOICE)).findFirst()
                .orElseThrow(() -> Invalid.of("themesQuestion", "invalid.choice", plan.themesQuestion()));
        var problems = new Invalid.Collector()
                .check(plan.groups() >= 1 && plan.groups() <= 500, "groups", "invalid.range", 1, 500)
                .check(plan.minSize() >= 1, "minSize", "invalid.range", 1, 1000)
                .check(plan.maxSize() >= plan.minSize(), "maxSize", "invalid.range", plan.minSize(), 1000)
                .check(plan.rounds() >= 1 && plan.rounds() <= 10, "rounds", "invalid.range", 1, 10)
                .check(!people.isEmpty(), "groups", "invalid.no-participants");
        plan.diversify().forEach(a -> problems.check(ATTRIBUTES.contains(a), "diversify", "invalid.choice", a));
        problems.throwIfAny();
        new Invalid.Collector()
                .check((long) plan.groups() * plan.minSize() <= people.size() && people.size() <= (long) plan.groups() * plan.maxSize(),
                        "groups", "invalid.group-bounds", people.size(), plan.groups(), plan.minSize(), plan.maxSize())
                .throwIfAny();
        var languages = accounts.all(people.stream().map(RegistrationBook.Entry::personId).toList());
        var participants = people.stream().map(entry -> {
            var attributes = new HashMap<String, String>();
            attributes.put("country", entry.country());
            attributes.put("type", entry.organisationType());
            var person = languages.get(entry.personId());
            if (person != null && !person.workingLanguages().isEmpty()) {
                attributes.put("language", person.workingLanguages().getFirst());
            }
            var interests = question == null ? List.<String>of() : entry.answers().get(question.id()).stream()
                    .filter(question.options()::contains).toList();
            return new GroupingInstance.Participant(Long.toString(entry.personId()), attributes, interests);
        }).toList();
        var themes = question == null ? List.<String>of() : question.options();
        var formed = GroupFormer.form(new GroupingInstance(plan.groups(), plan.minSize(), plan.maxSize(), plan.rounds(),
                themes, plan.diversify(), participants), sessionId * 31 + agendaIndex, SECONDS);
        jdbc.sql("delete from breakout where session_id = ? and agenda_index = ?").params(sessionId, agendaIndex).update();
        var id = jdbc.sql("""
                insert into breakout (session_id, agenda_index, title, groups, min_size, max_size, rounds, themes_question,
                  diversify, status, diversity, diversity_bound, repeated_pairs, interest_matched, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?) returning id""")
                .params(sessionId, agendaIndex, items.get(agendaIndex).title().fallbackText(), plan.groups(), plan.minSize(),
                        plan.maxSize(), plan.rounds(), question == null ? null : question.id(),
                        plan.diversify().toArray(String[]::new), formed.stats().diversity(), formed.stats().diversityUpperBound(),
                        formed.stats().repeatedPairs(), formed.stats().interestMatched(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (int round = 0; round < formed.rounds().size(); round++) {
            var groups = formed.rounds().get(round);
            for (int g = 0; g < groups.size(); g++) {
                for (var member : groups.get(g).members()) {
                    jdbc.sql("insert into breakout_member (breakout_id, round, group_no, theme, person_id) values (?, ?, ?, ?, ?)")
                            .params(id, round + 1, g + 1, groups.get(g).theme(), Long.valueOf(member)).update();
                }
            }
        }
        audit.record(me.id(), event.programmeId(), "matchmaking.breakout.formed", "session " + sessionId, "breakout " + id);
        return get(id);
    }

    /** Moves a person to another group of the same round, keeping every group within the size bounds. */
    @Transactional
    public void move(long breakoutId, int round, long personId, int toGroup, SignedIn me) {
        var breakout = managed(breakoutId, me);
        var sizes = sizes(breakoutId, round);
        var from = jdbc.sql("select group_no from breakout_member where breakout_id = ? and round = ? and person_id = ?")
                .params(breakoutId, round, personId).query(Integer.class).optional()
                .orElseThrow(() -> new NotFound("member " + personId));
        new Invalid.Collector()
                .check(toGroup >= 1 && toGroup <= breakout.plan().groups(), "group", "invalid.range", 1, breakout.plan().groups())
                .check(toGroup == from || sizes.getOrDefault(toGroup, 0) + 1 <= breakout.plan().maxSize(), "group", "invalid.group-full",
                        breakout.plan().maxSize())
                .check(toGroup == from || sizes.getOrDefault(from, 0) - 1 >= breakout.plan().minSize(), "group", "invalid.group-too-small",
                        breakout.plan().minSize())
                .throwIfAny();
        var theme = jdbc.sql("select theme from breakout_member where breakout_id = ? and round = ? and group_no = ? limit 1")
                .params(breakoutId, round, toGroup).query(String.class).optional().orElse(null);
        jdbc.sql("update breakout_member set group_no = ?, theme = ? where breakout_id = ? and round = ? and person_id = ?")
                .params(toGroup, theme, breakoutId, round, personId).update();
    }

    @Transactional
    public void publish(long breakoutId, SignedIn me) {
        var breakout = managed(breakoutId, me);
        jdbc.sql("update breakout set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), breakoutId).update();
        var session = catalogue.session(breakout.sessionId(), me);
        audit.record(me.id(), catalogue.eventById(session.eventId()).orElseThrow().programmeId(), "matchmaking.breakout.published",
                "session " + breakout.sessionId(), "breakout " + breakoutId);
    }

    public Optional<Breakout> of(long sessionId, int agendaIndex) {
        return jdbc.sql("select id from breakout where session_id = ? and agenda_index = ?").params(sessionId, agendaIndex)
                .query(Long.class).optional().map(this::get);
    }

    public Breakout get(long id) {
        return jdbc.sql("select * from breakout where id = ?").param(id)
                .query((rs, row) -> new Breakout(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("agenda_index"),
                        rs.getString("title"), new Plan(rs.getInt("groups"), rs.getInt("min_size"), rs.getInt("max_size"),
                        rs.getInt("rounds"), rs.getString("themes_question"),
                        List.of((String[]) rs.getArray("diversify").getArray())), rs.getString("status").equals("PUBLISHED"),
                        rs.getInt("diversity"), rs.getInt("diversity_bound"), rs.getInt("repeated_pairs"),
                        rs.getDouble("interest_matched")))
                .optional().orElseThrow(() -> new NotFound("breakout " + id));
    }

    public List<Member> members(long breakoutId, long eventId) {
        var people = new HashMap<Long, RegistrationBook.Entry>();
        registrations.confirmed(eventId).forEach(entry -> people.put(entry.personId(), entry));
        var result = new ArrayList<Member>();
        jdbc.sql("select round, group_no, theme, person_id from breakout_member where breakout_id = ? order by round, group_no, person_id")
                .param(breakoutId).query((rs, row) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4)})
                .list().forEach(row -> {
                    var entry = people.get((Long) row[3]);
                    result.add(new Member((int) row[0], (int) row[1], (String) row[2], (long) row[3],
                            entry == null ? "" : entry.name(), entry == null ? "" : entry.organisation(),
                            entry == null ? "" : entry.country()));
                });
        return result;
    }

    /** The person's published groups in a session: round to group (theme), with the other members. */
    public List<Member> groupsOf(long sessionId, long personId, long eventId) {
        var breakouts = jdbc.sql("select id from breakout where session_id = ? and status = 'PUBLISHED'").param(sessionId)
                .query(Long.class).list();
        var result = new ArrayList<Member>();
        for (var id : breakouts) {
            var all = members(id, eventId);
            all.stream().filter(m -> m.personId() == personId).forEach(mine -> all.stream()
                    .filter(m -> m.round() == mine.round() && m.group() == mine.group()).forEach(result::add));
        }
        return result;
    }

    private Breakout managed(long breakoutId, SignedIn me) {
        var breakout = get(breakoutId);
        events.managed(catalogue.session(breakout.sessionId(), me).eventId(), me);
        return breakout;
    }

    private Map<Integer, Integer> sizes(long breakoutId, int round) {
        var sizes = new HashMap<Integer, Integer>();
        jdbc.sql("select group_no, count(*) from breakout_member where breakout_id = ? and round = ? group by group_no")
                .params(breakoutId, round).query((rs, row) -> sizes.put(rs.getInt(1), rs.getInt(2))).list();
        return sizes;
    }
}
