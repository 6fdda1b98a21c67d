package org.silta.app.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.Eligibility;
import org.silta.app.programmes.EventEditing;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.programmes.Registering;
import org.silta.app.programmes.Registration;
import org.silta.app.programmes.Session;
import org.silta.app.programmes.SessionEditing;
import org.silta.app.shared.Answers;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** Breakout groups by sector, mixing countries and kinds of organisation; adjusted by hand, published. */
class BreakoutGroupsTest extends SiltaTest {

    @Autowired EventEditing events;
    @Autowired SessionEditing sessions;
    @Autowired Registering registering;
    @Autowired BreakoutGroups breakouts;

    @Test
    void groupsAreFormedByInterestMixedAdjustedAndPublished() {
        var organiser = given.person("Olga Organiser");
        var event = given.event(organiser, given.programme(organiser, "SDG Booster"), "Workshop 3", null, Eligibility.everyone());
        var question = events.addQuestion(event.id(), QuestionKind.MULTI_CHOICE, LocalizedText.of("en", "Your sector"),
                List.of("ECEC", "VET", "Textbooks"), false, organiser.signedIn()).questions().getFirst().id();
        var session = given.session(organiser, event, "Group discussions", 10, 12);
        sessions.addAgendaItem(session.id(), new Session.AgendaItem(AgendaKind.GROUP_WORK,
                LocalizedText.of("en", "Discussions by sector"), 90, null), organiser.signedIn());
        var countries = List.of("FI", "UZ", "KZ");
        var types = List.of("PRIVATE_SECTOR", "GOVERNMENT", "ACADEMIC_TRAINING_RESEARCH");
        var sectors = List.of("ECEC", "VET", "Textbooks");
        Given.Someone someone = null;
        for (int i = 0; i < 30; i++) {
            someone = given.person("Participant " + i);
            registering.register(event.id(), new Registration.Form("Organisation " + i, types.get(i % 3), countries.get((i / 3) % 3),
                    null, List.of(session.id()), new Answers(Map.of(question, List.of(sectors.get(i % 3)))), true, true),
                    someone.signedIn());
        }
        var web = signedIn(organiser);

        var tooFew = web.post("/sessions/" + session.id() + "/breakouts/0", "groups", "3", "minSize", "1", "maxSize", "5",
                "rounds", "1", "themesQuestion", question, "diversify", "country");
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.errorAt("groups")).isEqualTo("30 participants do not fit in 3 groups of 1 to 5.");

        web.post("/sessions/" + session.id() + "/breakouts/0", "groups", "6", "minSize", "4", "maxSize", "6", "rounds", "1",
                "themesQuestion", question, "diversify", "country", "diversify", "type");
        var breakout = breakouts.of(session.id(), 0).orElseThrow();
        var members = breakouts.members(breakout.id(), event.id());
        assertThat(members).hasSize(30);
        assertThat(new HashSet<>(members.stream().map(BreakoutGroups.Member::personId).toList())).hasSize(30);
        var sizes = new HashMap<Integer, Integer>();
        members.forEach(m -> sizes.merge(m.group(), 1, Integer::sum));
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(4, 6));
        assertThat(breakout.interestMatched()).isEqualTo(1.0);
        assertThat(breakout.diversity()).isLessThanOrEqualTo(breakout.diversityBound());
        for (var group : sizes.keySet()) {
            var countriesIn = members.stream().filter(m -> m.group() == group).map(BreakoutGroups.Member::country).distinct().count();
            assertThat(countriesIn).as("countries in group %s", group).isGreaterThanOrEqualTo(2);
        }
        assertThat(web.get("/sessions/" + session.id() + "/breakouts/0").body()).contains("Group 6").contains("no pair meets twice");

        var full = sizes.entrySet().stream().filter(e -> e.getValue() == 6).map(Map.Entry::getKey).findFirst();
        var mover = members.stream().filter(m -> sizes.get(m.group()) > 4 && full.map(f -> f != m.group()).orElse(true))
                .findFirst().orElseThrow();
        var target = sizes.entrySet().stream().filter(e -> e.getValue() < 6 && e.getKey() != mover.group())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        web.post("/breakouts/" + breakout.id() + "/move", "round", "1", "person", mover.personId() + "", "group", target + "");
        assertThat(breakouts.members(breakout.id(), event.id()).stream().filter(m -> m.personId() == mover.personId())
                .findFirst().orElseThrow().group()).isEqualTo(target);

        assertThat(signedIn(someone).get("/events/" + event.id() + "/matchmaking").body()).doesNotContain("Your breakout groups");
        web.post("/breakouts/" + breakout.id() + "/publish");
        assertThat(signedIn(someone).get("/events/" + event.id() + "/matchmaking").body()).contains("Your breakout groups")
                .contains("Group discussions");
    }
}
