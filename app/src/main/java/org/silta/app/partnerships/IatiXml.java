package org.silta.app.partnerships;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.silta.app.organisations.Organisation;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Partnerships as IATI 2.03 activities ({@code iati-activities} XML). Organisations have no IATI
 * identifiers in Silta, so they are referred to as {@code XM-SILTA-<id>} ("XM" is IATI's prefix for
 * identifiers outside a national registry); the reporting organisation is the accountable one.
 */
@Component
class IatiXml {

    private static final String ISCED_URI = "https://uis.unesco.org/en/topic/international-standard-classification-education-isced";
    private static final Map<String, String> RESULT_TYPES = Map.of("OUTPUT", "1", "OUTCOME", "2", "IMPACT", "3");

    private final Partnerships partnerships;
    private final PartnershipRecords records;
    private final Documents documents;
    private final OrganisationRegistry organisations;

    IatiXml(Partnerships partnerships, PartnershipRecords records, Documents documents, OrganisationRegistry organisations) {
        this.partnerships = partnerships;
        this.records = records;
        this.documents = documents;
        this.organisations = organisations;
    }

    byte[] activities(List<Partnership> activities, String baseUrl, Instant now) {
        var bytes = new ByteArrayOutputStream();
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", dateTime(now));
            for (var partnership : activities) {
                activity(xml, partnership, baseUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void activity(XMLStreamWriter xml, Partnership partnership, String baseUrl) throws XMLStreamException {
        var participants = partnerships.participants(partnership.id());
        var orgs = organisations.all(participants.stream().map(Partnerships.Participant::organisationId).toList());
        var reporting = participants.stream().filter(p -> p.role() == ParticipatingRole.ACCOUNTABLE).findFirst()
                .or(() -> participants.stream().findFirst()).map(p -> orgs.get(p.organisationId())).orElse(null);
        var reportingRef = reporting == null ? "XM-SILTA" : ref(reporting);

        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", dateTime(partnership.updatedAt()));
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", partnership.title().fallback());
        element(xml, "iati-identifier", reportingRef + "-PARTNERSHIP-" + partnership.id());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingRef);
        xml.writeAttribute("type", reporting == null ? "90" : reporting.type().iatiCode());
        narratives(xml, reporting == null ? LocalizedText.of("en", "Silta") : reporting.name());
        xml.writeEndElement();
        xml.writeStartElement("title");
        narratives(xml, partnership.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narratives(xml, partnership.description() == null ? partnership.title() : partnership.description());
        xml.writeEndElement();
        for (var participant : participants) {
            var organisation = orgs.get(participant.organisationId());
            xml.writeStartElement("participating-org");
            xml.writeAttribute("ref", ref(organisation));
            xml.writeAttribute("type", organisation.type().iatiCode());
            xml.writeAttribute("role", participant.role().iatiCode());
            narratives(xml, organisation.name());
            xml.writeEndElement();
        }
        if (participants.isEmpty()) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", ParticipatingRole.IMPLEMENTING.iatiCode());
            xml.writeEndElement();
        }
        empty(xml, "activity-status", "code", partnership.status().iatiCode());
        activityDate(xml, "1", partnership.plannedStart());
        activityDate(xml, "2", partnership.actualStart());
        activityDate(xml, "3", partnership.plannedEnd());
        activityDate(xml, "4", partnership.actualEnd());
        for (var country : partnership.countries()) {
            empty(xml, "recipient-country", "code", country);
        }
        for (var code : partnership.dacSectors()) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", code);
            if (partnership.dacSectors().size() > 1) {
                xml.writeAttribute("percentage", percentage(partnership.dacSectors().size(), partnership.dacSectors().indexOf(code)));
            }
            xml.writeEndElement();
        }
        for (var target : partnership.sdgTargets()) {
            tag(xml, "3", null, target, null);
        }
        for (var level : partnership.iscedLevels()) {
            tag(xml, "99", ISCED_URI, "ISCED-" + level, IatiCodes.ISCED_LEVELS.get(level));
        }
        for (var theme : partnership.themes()) {
            tag(xml, "99", null, "THEME", theme);
        }
        for (var network : partnership.networks()) {
            tag(xml, "99", null, "NETWORK", network);
        }
        for (var document : documents.of(Documents.Owner.PARTNERSHIP, partnership.id())) {
            xml.writeStartElement("document-link");
            xml.writeAttribute("url", baseUrl + "/documents/" + document.id());
            xml.writeAttribute("format", document.contentType());
            xml.writeStartElement("title");
            element(xml, "narrative", document.title());
            xml.writeEndElement();
            empty(xml, "category", "code", document.kind().iatiCategory());
            xml.writeEndElement();
        }
        results(xml, partnership);
        xml.writeEndElement();
    }

    private void results(XMLStreamWriter xml, Partnership partnership) throws XMLStreamException {
        var byResult = records.indicators(partnership.id()).stream()
                .collect(Collectors.groupingBy(i -> i.resultType() + "\u0000" + i.resultTitle(), TreeMap::new, Collectors.toList()));
        for (var result : byResult.values()) {
            xml.writeStartElement("result");
            xml.writeAttribute("type", RESULT_TYPES.get(result.getFirst().resultType().name()));
            xml.writeStartElement("title");
            element(xml, "narrative", result.getFirst().resultTitle());
            xml.writeEndElement();
            for (var indicator : result) {
                xml.writeStartElement("indicator");
                xml.writeAttribute("measure", indicator.measure() == PartnershipRecords.Measure.UNIT ? "1" : "2");
                xml.writeStartElement("title");
                element(xml, "narrative", indicator.title());
                xml.writeEndElement();
                xml.writeStartElement("baseline");
                xml.writeAttribute("year", String.valueOf(indicator.baselineYear()));
                xml.writeAttribute("value", indicator.baselineValue().toPlainString());
                xml.writeEndElement();
                for (var period : indicator.periods()) {
                    xml.writeStartElement("period");
                    empty(xml, "period-start", "iso-date", period.startsOn().toString());
                    empty(xml, "period-end", "iso-date", period.endsOn().toString());
                    empty(xml, "target", "value", period.target().toPlainString());
                    if (period.actual() != null) {
                        empty(xml, "actual", "value", period.actual().toPlainString());
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    private static void tag(XMLStreamWriter xml, String vocabulary, String uri, String code, String narrative)
            throws XMLStreamException {
        xml.writeStartElement("tag");
        xml.writeAttribute("vocabulary", vocabulary);
        if (uri != null) {
            xml.writeAttribute("vocabulary-uri", uri);
        }
        xml.writeAttribute("code", code);
        if (narrative != null) {
            element(xml, "narrative", narrative);
        }
        xml.writeEndElement();
    }

    private static void activityDate(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeStartElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
            xml.writeEndElement();
        }
    }

    private static void narratives(XMLStreamWriter xml, LocalizedText text) throws XMLStreamException {
        for (var entry : new TreeMap<>(text.texts()).entrySet()) {
            xml.writeStartElement("narrative");
            if (!entry.getKey().equals(text.fallback())) {
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", entry.getKey());
            }
            xml.writeCharacters(entry.getValue());
            xml.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String name, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    /** Equal shares that add up to exactly 100, the first sectors taking the remainder. */
    private static String percentage(int count, int index) {
        var base = 100 / count;
        return String.valueOf(base + (index < 100 % count ? 1 : 0));
    }

    private static String ref(Organisation organisation) {
        return "XM-SILTA-" + organisation.id();
    }

    private static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
    }
}
