package org.silta.app.demo;

import java.util.List;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.partnerships.ActionPlans;
import org.silta.app.partnerships.Documents;
import org.silta.app.partnerships.Ideas;
import org.silta.app.partnerships.JointOffers;
import org.silta.app.partnerships.PartnershipRecords;
import org.silta.app.partnerships.Partnerships;
import org.silta.app.partnerships.ProgrammeLineage;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.reporting.FlashReports;
import org.silta.app.reporting.ReportDocument;
import org.silta.app.reporting.ReportPdf;
import org.silta.app.reporting.ReportSettings;
import org.springframework.stereotype.Component;

/**
 * The demo's second toolbox: what came of the five cases after their workshops (ideas, joint offers,
 * partnerships, action plans, flash reports), written through Silta's own use cases by the demo organiser.
 */
@Component
class DemoResults {

    final Ideas ideas;
    final JointOffers offers;
    final Partnerships partnerships;
    final PartnershipRecords records;
    final Documents documents;
    final ActionPlans plans;
    final ProgrammeLineage lineage;
    final FlashReports flashReports;
    final ReportSettings reportSettings;
    private final ProgrammeCatalogue catalogue;
    private final OrganisationRegistry organisations;

    DemoResults(Ideas ideas, JointOffers offers, Partnerships partnerships, PartnershipRecords records, Documents documents,
                ActionPlans plans, ProgrammeLineage lineage, FlashReports flashReports, ReportSettings reportSettings,
                ProgrammeCatalogue catalogue, OrganisationRegistry organisations) {
        this.ideas = ideas;
        this.offers = offers;
        this.partnerships = partnerships;
        this.records = records;
        this.documents = documents;
        this.plans = plans;
        this.lineage = lineage;
        this.flashReports = flashReports;
        this.reportSettings = reportSettings;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    Programme programme(String englishTitle, SignedIn organiser) {
        return catalogue.visibleTo(organiser).stream().filter(p -> p.roleOf(organiser.id()).isPresent())
                .filter(p -> p.title().inLanguage("en").equals(englishTitle)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo has no programme " + englishTitle));
    }

    Event event(Programme programme, String englishTitle) {
        return catalogue.events(programme.id()).stream().filter(e -> e.title().inLanguage("en").equals(englishTitle))
                .findFirst().orElseThrow(() -> new IllegalStateException("the demo has no event " + englishTitle));
    }

    long organisation(String name, String country) {
        return organisations.search(name, country, 5).stream().filter(o -> o.name().fallbackText().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo has no organisation " + name)).id();
    }

    /** A short PDF standing in for a document the demo attaches (the real ones belong to the cities and agencies). */
    static byte[] pdf(String title, String language, String body) {
        return ReportPdf.render(new ReportDocument(title, language, List.of(new ReportDocument.Text(title, body))));
    }
}
