package org.silta.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.matchmaking.MatchmakingSetup;
import org.silta.app.matchmaking.MeetingRequests;
import org.silta.app.matchmaking.MeetingSchedules;
import org.silta.app.matchmaking.Profile;
import org.silta.app.matchmaking.ProfileEditing;
import org.silta.app.matchmaking.Settings;
import org.silta.app.matchmaking.WhoMeetsWhom;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.RegistrationBook;
import org.springframework.stereotype.Component;

/**
 * Case A's matchmaking: Finnish companies and Uzbek bodies describe what they offer and need in their
 * own languages, ask each other for meetings at the kick-off, and the organiser publishes the schedule.
 */
@Component
class BoosterMatchmaking {

    private static final Map<String, List<String[]>> PROFILES = Map.of(
            "Oppimateriaali Oy", List.of(
                    new String[] {"OFFER", "fi", "Sähköiset oppikirjat ja opettajan materiaalit perusopetukseen"},
                    new String[] {"NEED", "fi", "Paikallinen kumppani, joka tuntee Uzbekistanin opetussuunnitelman"}),
            "EduSim Finland Oy", List.of(
                    new String[] {"OFFER", "en", "Training simulators for vocational education: welding, electrical work, logistics"},
                    new String[] {"NEED", "en", "Vocational colleges in Uzbekistan willing to pilot simulator-based training"}),
            "Varhaiskasvu Partners Oy", List.of(
                    new String[] {"OFFER", "fi", "Varhaiskasvatuksen henkilöstön täydennyskoulutus ja leikkiin perustuva pedagogiikka"},
                    new String[] {"NEED", "fi", "Yhteistyö päiväkotien ja esiopetuksen kehittäjien kanssa Uzbekistanissa"}),
            "Ministry of Preschool and School Education", List.of(
                    new String[] {"NEED", "ru", "Повышение квалификации учителей начальной школы и электронные учебники"},
                    new String[] {"NEED", "ru", "Методики обучения в дошкольном образовании, основанные на игре"},
                    new String[] {"OFFER", "ru", "Доступ к пилотным школам в Ташкенте и Самарканде"}),
            "Tashkent State Pedagogical University", List.of(
                    new String[] {"NEED", "uz", "O'qituvchilarni tayyorlash dasturlarini zamonaviylashtirish bo'yicha hamkor"},
                    new String[] {"OFFER", "uz", "Pedagogika fakulteti talabalari bilan tadqiqot va sinov"}),
            "Bilim EdTech LLC", List.of(
                    new String[] {"OFFER", "en", "A learning platform used by 300 schools in Uzbekistan, in Uzbek and Russian"},
                    new String[] {"NEED", "en", "Finnish digital learning content to localise for Uzbek schools"}));

    private final ProfileEditing profiles;
    private final MatchmakingSetup setup;
    private final MeetingRequests requests;
    private final MeetingSchedules schedules;
    private final RegistrationBook registrations;

    BoosterMatchmaking(ProfileEditing profiles, MatchmakingSetup setup, MeetingRequests requests, MeetingSchedules schedules,
                       RegistrationBook registrations) {
        this.profiles = profiles;
        this.setup = setup;
        this.requests = requests;
        this.schedules = schedules;
        this.registrations = registrations;
    }

    void load(Event kickOff, SignedIn organiser) {
        var confirmed = registrations.confirmed(kickOff.id());
        for (var profile : PROFILES.entrySet()) {
            confirmed.stream().filter(entry -> entry.organisation().equals(profile.getKey())).findFirst().ifPresent(owner -> {
                var statements = profile.getValue().stream().map(s -> new Profile.Statement(Profile.Kind.valueOf(s[0]), s[2], s[1],
                        List.of())).toList();
                profiles.save(kickOff.programmeId(), owner.organisationId(), List.of(profile.getValue().getFirst()[1], "en"),
                        statements, "en", asPerson(owner));
            });
        }
        setup.change(kickOff.id(), new Settings(8, 72, 20,
                "https://meet.jit.si/silta-{event}-{meeting}", WhoMeetsWhom.ACROSS_COUNTRIES), organiser);
        setup.proposeSlots(kickOff.id(), 9, 30, organiser);
        var finns = confirmed.stream().filter(entry -> entry.country().equals("FI") && entry.listed()).limit(24).toList();
        var uzbeks = new ArrayList<>(confirmed.stream().filter(entry -> entry.country().equals("UZ") && entry.listed()).toList());
        for (int i = 0; i < finns.size() && !uzbeks.isEmpty(); i++) {
            for (int j = 0; j < 3 && !uzbeks.isEmpty(); j++) {
                var partner = uzbeks.get((i * 3 + j) % uzbeks.size());
                var request = requests.request(kickOff.id(), partner.personId(), "", asPerson(finns.get(i)));
                if ((i + j) % 4 != 0) {
                    requests.accept(request.id(), asPerson(partner));
                }
            }
        }
        schedules.publish(schedules.draft(kickOff.id(), organiser).id(), organiser);
    }

    private static SignedIn asPerson(RegistrationBook.Entry entry) {
        return new SignedIn(entry.personId(), entry.email(), entry.name(), false);
    }
}
