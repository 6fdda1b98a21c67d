package org.silta.app.reporting;

import java.util.ArrayList;
import java.util.List;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.programmes.RegistrationStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A programme's funnel: registrations, meeting requests, meetings held, follow-ups, ideas, joint offers,
 * partnerships, each with its conversion from the step before.
 */
@Service
public class Funnel {

    private final ReportAccess access;
    private final ProgrammeCatalogue catalogue;
    private final RegistrationBook book;
    private final ObjectProvider<MeetingFigures> meetings;
    private final ObjectProvider<PipelineFigures> pipeline;

    Funnel(ReportAccess access, ProgrammeCatalogue catalogue, RegistrationBook book, ObjectProvider<MeetingFigures> meetings,
           ObjectProvider<PipelineFigures> pipeline) {
        this.access = access;
        this.catalogue = catalogue;
        this.book = book;
        this.meetings = meetings;
        this.pipeline = pipeline;
    }

    /** A step: its message-key name, its count, and the percentage of the step before (null for the first, or after 0). */
    public record Step(String name, int count, Long conversion) {
    }

    public List<Step> of(long programmeId, SignedIn me) {
        access.followProgramme(programmeId, me);
        var registrations = catalogue.events(programmeId).stream()
                .mapToInt(event -> (int) book.entries(event.id(), me).stream()
                        .filter(entry -> entry.status() == RegistrationStatus.CONFIRMED).count())
                .sum();
        var met = meetings.getIfAvailable(() -> MeetingFigures.NONE).ofProgramme(programmeId);
        var followed = pipeline.getIfAvailable(() -> PipelineFigures.NONE).ofProgramme(programmeId);
        return steps(List.of("registrations", "meeting-requests", "meetings-held", "follow-ups", "ideas", "joint-offers",
                "partnerships"), List.of(registrations, met.requested(), met.held(), followed.followUps(), followed.ideas(),
                followed.jointOffers(), followed.partnerships()));
    }

    static List<Step> steps(List<String> names, List<Integer> counts) {
        var steps = new ArrayList<Step>();
        for (int i = 0; i < names.size(); i++) {
            var before = i == 0 ? 0 : counts.get(i - 1);
            steps.add(new Step(names.get(i), counts.get(i), before == 0 ? null : Math.round(100.0 * counts.get(i) / before)));
        }
        return steps;
    }
}
