package org.silta.app.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.silta.app.identity.SignedIn;
import org.silta.app.partnerships.Documents;
import org.silta.app.partnerships.JointOffers;
import org.silta.app.programmes.ProgrammeStatus;

/**
 * Case D's action plan: four packages of measures with owners, indicators, targets and progress; the
 * preliminary study it continues; a joint RDI funding application it produced; its final report attached.
 */
final class UusimaaActionPlan {

    private UusimaaActionPlan() {
    }

    static void load(Demo demo, DemoResults results) {
        var organiser = demo.organiser;
        var programme = results.programme("Uusimaa vocational-education RDI development programme", organiser);
        var study = demo.programme(Map.of("fi", "Ammatilliset oppilaitokset TKI-toimijoina Uudellamaalla: esiselvitys",
                        "en", "Vocational institutions as RDI actors in Uusimaa: preliminary study"),
                Map.of("fi", "Esiselvitys kansainvälisistä hyvistä käytännöistä ja koulutuksen järjestäjien TKI-toiminnasta.",
                        "en", "A preliminary study of international good practice and of the providers' RDI work."), "fi",
                List.of("FI"), List.of("vocational education", "research, development and innovation"));
        demo.close(study, List.of(), ProgrammeStatus.ARCHIVED);
        results.lineage.addPredecessor(programme.id(), study.id(), "STUDY", organiser);

        var plan = results.plans.create(programme.id(), "TKI-kehittämisohjelman toimenpiteet", "fi", organiser);
        var capability = results.plans.addPackage(plan, "Oppilaitosten TKI-kyvykkyyden vahvistaminen (strategia, prosessit, johtaminen)",
                BigDecimal.ONE, organiser);
        measure(results, organiser, capability, "TKI-strategia jokaiselle järjestäjälle", "Omnia", "Järjestäjiä, joilla strategia", "6", "4");
        measure(results, organiser, capability, "TKI-prosessien kuvaus", "Keuda", "Kuvattuja prosesseja", "6", "3");
        var competence = results.plans.addPackage(plan, "Opetushenkilöstön TKI-osaamisen kehittäminen (koulutukset, työpajat)",
                BigDecimal.ONE, organiser);
        measure(results, organiser, competence, "TKI-koulutus opettajille", "Stadin ammatti- ja aikuisopisto",
                "Koulutettuja opettajia", "120", "45");
        measure(results, organiser, competence, "Yhteiset TKI-työpajat", "Varia", "Pidettyjä työpajoja", "8", "2");
        var networks = results.plans.addPackage(plan, "Yhteistyön ja verkostojen laajentaminen (kumppanuudet, TKI-rahoitushaut)",
                BigDecimal.ONE, organiser);
        measure(results, organiser, networks, "Uudet yrityskumppanuudet", "Careeria", "Uusia kumppanuuksia", "10", "3");
        measure(results, organiser, networks, "Yhteiset TKI-rahoitushakemukset", "Luksia", "Jätettyjä hakemuksia", "4", "1");
        var impact = results.plans.addPackage(plan, "TKI:n vaikuttavuuden ja näkyvyyden lisääminen", BigDecimal.ONE, organiser);
        measure(results, organiser, impact, "Loppuraportti julkaistaan", "Uudenmaan liitto", "Raportti julkaistu", "1", "0");

        results.documents.attach(Documents.Owner.ACTION_PLAN, plan, "PLAN", "Kehittämisohjelma 6.3.2025",
                "tki-kehittamisohjelma.pdf", "application/pdf", DemoResults.pdf("Uudenmaan ammatillisen koulutuksen "
                        + "TKI-kehittämisohjelma", "fi", "Neljä toimenpidekokonaisuutta:\n- TKI-kyvykkyys\n"
                        + "- Opetushenkilöstön TKI-osaaminen\n- Yhteistyö ja verkostot\n- Vaikuttavuus ja näkyvyys"), organiser);
        results.offers.create(programme.id(), new JointOffers.Form("Yhteinen TKI-rahoitushakemus: työelämälähtöiset "
                + "innovaatiot ammatillisessa koulutuksessa", "fi", null, results.organisation("Omnia", "FI"),
                List.of(results.organisation("Keuda", "FI"), results.organisation("Varia", "FI")), "FI",
                "Euroopan sosiaalirahasto plus", List.of("ammatillinen koulutus"), List.of("TKI", "työelämäyhteistyö")), organiser);
    }

    private static void measure(DemoResults results, SignedIn organiser, long packageId, String title, String owner,
                                String indicator, String target, String progress) {
        var measure = results.plans.addMeasure(packageId, title, owner, indicator, new BigDecimal(target), BigDecimal.ONE,
                organiser);
        results.plans.recordProgress(measure, new BigDecimal(progress), organiser);
    }
}
