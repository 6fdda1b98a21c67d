package org.silta.app.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.partnerships.Documents;
import org.silta.app.partnerships.PartnershipStatus;
import org.silta.app.partnerships.Partnerships;
import org.silta.app.shared.LocalizedText;

/**
 * Case B's partnership, shaped like an IATI activity: two local governments, a five-year term from the
 * remote signing on 29 September 2021, themes and network memberships, an activity plan that grew year by
 * year, and a log of visits and remote meetings (Helsinki and Seoul are 6-7 hours apart).
 */
final class EspooOsanPartnership {

    private EspooOsanPartnership() {
    }

    static void load(DemoResults results, SignedIn organiser) {
        var programme = results.programme("Espoo and Osan: lifelong-learning city partnership 2021-2026", organiser);
        var partnership = results.partnerships.create(programme.id(), new Partnerships.Details(
                new LocalizedText("en", Map.of("en", "Espoo–Osan lifelong-learning city partnership",
                        "fi", "Espoon ja Osanin elinikäisen oppimisen kaupunkikumppanuus", "ko", "에스포-오산 평생학습도시 협력")),
                LocalizedText.of("en", "Five years of cooperation shaped step by step by the cities' needs. It starts with sharing "
                        + "competence and with e-sports, gives Espoo's young people a way to learn Korean language and culture, and "
                        + "later turns to sustainable-development skills, digital learning, wellbeing for learning and mapping "
                        + "what interests young people. Most cooperation happens remotely."),
                PartnershipStatus.IMPLEMENTATION, LocalDate.of(2021, 9, 29), LocalDate.of(2026, 9, 28), LocalDate.of(2021, 9, 29),
                null, List.of("FI", "KR"), List.of("11110", "11231"), List.of("4.4", "4.7"), List.of("3", "4", "6"),
                List.of("lifelong learning", "e-sports", "Korean language and culture", "youth exchange",
                        "sustainable development", "digital learning", "wellbeing for learning"),
                List.of("UNESCO Global Network of Learning Cities (Espoo since 2015)", "UNESCO Global Network of Learning Cities (Osan)"),
                null, null), organiser);
        var id = partnership.id();
        results.partnerships.addOrganisation(id, results.organisation("City of Espoo", "FI"), "ACCOUNTABLE", organiser);
        results.partnerships.addOrganisation(id, results.organisation("Osan City", "KR"), "ACCOUNTABLE", organiser);
        results.partnerships.addOrganisation(id, results.organisation("Osan University", "KR"), "IMPLEMENTING", organiser);

        results.records.logActivity(id, "VISIT", LocalDate.of(2019, 10, 15), "Osan's mayor and expert group visit Espoo",
                "Espoo's library maker spaces inspire Osan's plans.", organiser);
        results.records.logActivity(id, "REMOTE_MEETING", LocalDate.of(2021, 9, 29), "Agreement signed at a remote event",
                "10:00 in Espoo, 16:00 in Osan.", organiser);
        results.records.logActivity(id, "REMOTE_MEETING", LocalDate.of(2022, 1, 20), "E-sports: planning with Osan University",
                "Osan University opens its e-sports programme in 2022.", organiser);
        results.records.logActivity(id, "EXCHANGE", LocalDate.of(2022, 3, 15), "Youth exchange: Korean language and culture online",
                "Espoo's upper secondary students meet Osan's e-sports students.", organiser);
        results.records.logActivity(id, "REMOTE_MEETING", LocalDate.of(2023, 5, 9), "Sustainable-development skills: first workshop",
                "", organiser);

        results.records.addMilestone(id, "Competence sharing between the cities' lifelong-learning services",
                LocalDate.of(2021, 12, 15), organiser);
        results.records.addMilestone(id, "E-sports cooperation with Osan University's new programme", LocalDate.of(2022, 6, 30),
                organiser);
        results.records.addMilestone(id, "Korean language and culture for Espoo's young people", LocalDate.of(2022, 12, 31),
                organiser);
        results.records.addMilestone(id, "Sustainable-development skills", LocalDate.of(2023, 12, 31), organiser);
        results.records.addMilestone(id, "Digital learning and wellbeing for learning", LocalDate.of(2025, 6, 30), organiser);
        results.records.addMilestone(id, "Mapping what interests young people", LocalDate.of(2026, 6, 30), organiser);
        for (var milestone : results.records.milestones(id).subList(0, 3)) {
            results.records.completeMilestone(milestone.id(), milestone.dueOn(), organiser);
        }

        var learners = results.records.addIndicator(id, "Espoo's young people learn Korean language and culture", "OUTCOME",
                "Young people taking part in Korean language and culture activities", "UNIT", 2021, BigDecimal.ZERO, organiser);
        results.records.addPeriod(learners, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), new BigDecimal("30"),
                new BigDecimal("34"), organiser);
        results.records.addPeriod(learners, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), new BigDecimal("40"),
                new BigDecimal("37"), organiser);
        results.records.addPeriod(learners, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), new BigDecimal("50"), null,
                organiser);

        results.documents.attach(Documents.Owner.PARTNERSHIP, id, "AGREEMENT", "Cooperation agreement (summary)",
                "espoo-osan-agreement.pdf", "application/pdf", DemoResults.pdf("Cooperation agreement, 29 September 2021", "en",
                        "The City of Espoo and Osan City agree to cooperate for five years in lifelong learning.\n"
                                + "- Sharing competence\n- E-sports\n- Korean language and culture for young people\n"
                                + "- Later: sustainable development, digital learning, wellbeing for learning"), organiser);
        results.documents.attach(Documents.Owner.PARTNERSHIP, id, "REPORT", "Notes of the 2023 remote meeting",
                "espoo-osan-2023.txt", "text/plain",
                "Sustainable-development skills: first workshop, 9 May 2023.".getBytes(StandardCharsets.UTF_8), organiser);
    }
}
