package org.silta.app.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.silta.app.organisations.Organisation;
import org.silta.app.organisations.OrganisationRegistry;
import org.springframework.stereotype.Service;

/** Browsing and searching what organisations offer and need in a programme, by text, concept, country and type. */
@Service
public class Marketplace {

    private final ProfileEditing profiles;
    private final OrganisationRegistry organisations;

    Marketplace(ProfileEditing profiles, OrganisationRegistry organisations) {
        this.profiles = profiles;
        this.organisations = organisations;
    }

    public record Listing(Organisation organisation, Profile.Statement statement) {
    }

    public record Filter(String text, String concept, String country, String type, Profile.Kind kind) {
    }

    public List<Listing> search(long programmeId, Filter filter) {
        var all = profiles.all(programmeId);
        var owners = organisations.all(all.stream().map(Profile::organisationId).toList());
        var text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        var result = new ArrayList<Listing>();
        for (var profile : all) {
            var organisation = owners.get(profile.organisationId());
            if (organisation == null || (!blank(filter.country()) && !organisation.country().equals(filter.country()))
                    || (!blank(filter.type()) && !organisation.type().name().equals(filter.type()))) {
                continue;
            }
            for (var statement : profile.statements()) {
                if ((filter.kind() == null || statement.kind() == filter.kind())
                        && (text.isEmpty() || statement.text().toLowerCase(Locale.ROOT).contains(text)
                            || organisation.name().texts().values().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(text)))
                        && (blank(filter.concept()) || statement.concepts().contains(filter.concept()))) {
                    result.add(new Listing(organisation, statement));
                }
            }
        }
        return result;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
