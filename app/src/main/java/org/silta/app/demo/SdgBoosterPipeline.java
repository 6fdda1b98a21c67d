package org.silta.app.demo;

import java.time.LocalDate;
import java.util.List;
import org.silta.app.identity.SignedIn;
import org.silta.app.partnerships.Ideas;
import org.silta.app.partnerships.JointOffers;
import org.silta.app.partnerships.OfferStatus;
import org.silta.app.partnerships.PartnershipStatus;
import org.silta.app.partnerships.Partnerships;
import org.silta.app.shared.LocalizedText;

/** Case A's follow-up: collaboration ideas from the workshops, a Finnish consortium's joint offer, and a partnership. */
final class SdgBoosterPipeline {

    private SdgBoosterPipeline() {
    }

    static void load(DemoResults results, SignedIn organiser) {
        var programme = results.programme("SDG Booster: Uzbekistan education", organiser);
        var jointOffers = results.event(programme, "Workshop 2: joint offers (Finnish companies only)");
        var cooperation = results.event(programme, "Workshop 3: cooperation in groups");
        var idea = results.ideas.create(programme.id(), new Ideas.Form("Simulation-based in-service teacher training",
                "Finnish simulation and e-learning companies offer in-service training for Uzbek teachers together.", "en",
                jointOffers.id(), List.of("UZ"), List.of("teacher education", "digital solutions")), organiser);
        results.ideas.create(programme.id(), new Ideas.Form("Early childhood learning materials with UNICEF Uzbekistan",
                "Picture books and play-based materials in Uzbek for pre-school groups.", "en", cooperation.id(), List.of("UZ"),
                List.of("early childhood education", "textbooks and learning materials")), organiser);

        var lead = results.organisation("EduSim Finland Oy", "FI");
        var offer = results.offers.create(programme.id(), new JointOffers.Form("In-service teacher training with classroom "
                + "simulations", "en", idea.id(), lead, List.of(results.organisation("Opeverkko Oy", "FI"),
                results.organisation("Taitava Learning Oy", "FI")), "UZ", "Ministry of Preschool and School Education",
                List.of("teacher education"), List.of("classroom simulation", "blended in-service training")), organiser);
        results.offers.changeStatus(offer.id(), OfferStatus.WON, organiser);
        var partnership = results.partnerships.create(programme.id(), new Partnerships.Details(
                LocalizedText.of("en", "Classroom simulations for in-service teacher training, Uzbekistan"),
                LocalizedText.of("en", "A Finnish consortium trains Uzbek teacher trainers to use classroom simulations."),
                PartnershipStatus.IMPLEMENTATION, LocalDate.of(2022, 3, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2022, 4, 1),
                null, List.of("UZ", "FI"), List.of("11130"), List.of("4.c"), List.of("1", "2"), List.of("teacher education"),
                List.of(), null, offer.id()), organiser);
        results.partnerships.addOrganisation(partnership.id(), lead, "IMPLEMENTING", organiser);
        results.partnerships.addOrganisation(partnership.id(), results.organisation("Ministry of Preschool and School Education",
                "UZ"), "ACCOUNTABLE", organiser);
        results.partnerships.addOrganisation(partnership.id(), results.organisation("Finnpartnership", "FI"), "FUNDING", organiser);
    }
}
