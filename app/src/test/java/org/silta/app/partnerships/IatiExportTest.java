package org.silta.app.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.silta.app.SiltaTest;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

/** Partnerships leave Silta as IATI 2.03 activities that the official schema accepts. */
class IatiExportTest extends SiltaTest {

    @Autowired Partnerships partnerships;
    @Autowired PartnershipRecords records;
    @Autowired Documents documents;
    @Autowired OrganisationRegistry organisations;

    @Test
    void aFullPartnershipValidatesAgainstTheIati203Schema() throws Exception {
        var organiser = given.person("Olga Organiser");
        var programme = given.programme(organiser, "Espoo and Osan");
        var details = new Partnerships.Details(new LocalizedText("en", java.util.Map.of("en", "Lifelong-learning city partnership",
                "ko", "평생학습도시 협력", "fi", "Elinikäisen oppimisen kaupunkikumppanuus")),
                LocalizedText.of("en", "E-sports, Korean language and culture, digital learning."), PartnershipStatus.IMPLEMENTATION,
                LocalDate.of(2021, 9, 29), LocalDate.of(2026, 9, 28), LocalDate.of(2021, 9, 29), null, List.of("FI", "KR"),
                List.of("11110", "11231"), List.of("4.4", "4.7"), List.of("3", "6"), List.of("e-sports", "youth exchange"),
                List.of("UNESCO Global Network of Learning Cities"), null, null);
        var partnership = partnerships.create(programme.id(), details, organiser.signedIn());
        var espoo = PipelineGiven.organisation(organisations, organiser, "City of Espoo", "LOCAL_GOVERNMENT", "FI");
        var osan = PipelineGiven.organisation(organisations, organiser, "Osan City", "LOCAL_GOVERNMENT", "KR");
        partnerships.addOrganisation(partnership.id(), espoo, "ACCOUNTABLE", organiser.signedIn());
        partnerships.addOrganisation(partnership.id(), osan, "IMPLEMENTING", organiser.signedIn());
        var indicator = records.addIndicator(partnership.id(), "Young people learn Korean", "OUTCOME", "Learners enrolled", "UNIT",
                2021, BigDecimal.ZERO, organiser.signedIn());
        records.addPeriod(indicator, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), new BigDecimal("30"),
                new BigDecimal("34"), organiser.signedIn());
        records.addPeriod(indicator, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), new BigDecimal("40"), null,
                organiser.signedIn());
        documents.attach(Documents.Owner.PARTNERSHIP, partnership.id(), "AGREEMENT", "Cooperation agreement", "agreement.pdf",
                "application/pdf", "%PDF-1.4 agreement".getBytes(StandardCharsets.UTF_8), organiser.signedIn());

        var web = signedIn(organiser);
        var xml = web.send(HttpRequest.newBuilder(java.net.URI.create(base() + "/programmes/" + programme.id()
                + "/partnerships/iati.xml")).GET()).response().body();

        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = schemas.newSchema(getClass().getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        var text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<iati-activities version=\"2.03\"", "<activity-status code=\"2\"/>",
                "role=\"2\"", "role=\"4\"", "type=\"11\"", "<sector vocabulary=\"1\" code=\"11110\" percentage=\"50\"",
                "<tag vocabulary=\"3\" code=\"4.7\"", "ISCED-3", "UNESCO Global Network of Learning Cities",
                "<narrative xml:lang=\"ko\">평생학습도시 협력</narrative>", "<activity-date type=\"1\" iso-date=\"2021-09-29\"",
                "<target value=\"30\"", "<actual value=\"34\"", "code=\"A11\"", "<baseline year=\"2021\" value=\"0\"");
    }
}
