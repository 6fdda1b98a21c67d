package org.silta.app.partnerships;

import java.time.LocalDate;
import java.util.List;
import org.silta.app.Given;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.LocalizedText;

/** Organisations and partnerships the pipeline's tests start from. */
final class PipelineGiven {

    private PipelineGiven() {
    }

    static long organisation(OrganisationRegistry registry, Given.Someone actor, String name, String type, String country) {
        var entry = registry.register(new OrganisationRegistry.Details(LocalizedText.of("en", name), type, country, null, null),
                actor.id(), true);
        return entry.created().id();
    }

    static Partnerships.Details details(String title, LocalDate start, LocalDate end) {
        return new Partnerships.Details(LocalizedText.of("en", title), null, PartnershipStatus.IMPLEMENTATION, start, end, null,
                null, List.of("FI", "KR"), List.of("11110"), List.of("4.3"), List.of("3"), List.of("lifelong learning"),
                List.of("UNESCO Global Network of Learning Cities"), null, null);
    }
}
