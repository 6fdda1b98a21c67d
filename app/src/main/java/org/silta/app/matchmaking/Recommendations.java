package org.silta.app.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.silta.app.organisations.Organisation;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.engine.matching.Profile;
import org.silta.engine.matching.Recommendation;
import org.silta.engine.matching.Recommender;
import org.springframework.stereotype.Service;

/**
 * Partners for an organisation across languages: the engine reads every profile of the programme
 * and explains each suggestion by the texts and concepts that meet.
 */
@Service
public class Recommendations {

    static final int PARTNERS = 10;

    private final ProfileEditing profiles;
    private final OrganisationRegistry organisations;
    private final Recommender recommender = Recommender.standard();

    Recommendations(ProfileEditing profiles, OrganisationRegistry organisations) {
        this.profiles = profiles;
        this.organisations = organisations;
    }

    public record Suggestion(Organisation organisation, double score, List<Recommendation.Reason> because) {
    }

    /** Suggested partners for the organisation, best first; empty when it has no profile yet. */
    public List<Suggestion> forOrganisation(long programmeId, long organisationId) {
        var all = profiles.all(programmeId);
        if (all.stream().noneMatch(p -> p.organisationId() == organisationId)) {
            return List.of();
        }
        var owners = organisations.all(all.stream().map(org.silta.app.matchmaking.Profile::organisationId).toList());
        var engineProfiles = all.stream().filter(p -> owners.containsKey(p.organisationId()))
                .map(p -> engineProfile(p, owners.get(p.organisationId()))).toList();
        var mine = Long.toString(organisationId);
        Optional<Recommendation> recommendation = recommender.recommend(engineProfiles, PARTNERS).stream()
                .filter(r -> r.profile().equals(mine)).findFirst();
        Map<String, Organisation> byId = owners.values().stream()
                .collect(Collectors.toMap(o -> Long.toString(o.id()), Function.identity()));
        return recommendation.map(r -> r.partners().stream()
                .map(p -> new Suggestion(byId.get(p.profile()), p.score(), p.because())).toList()).orElse(List.of());
    }

    private static Profile engineProfile(org.silta.app.matchmaking.Profile profile, Organisation owner) {
        var offers = profile.of(org.silta.app.matchmaking.Profile.Kind.OFFER);
        var needs = profile.of(org.silta.app.matchmaking.Profile.Kind.NEED);
        var concepts = profile.statements().stream().flatMap(s -> s.concepts().stream()).distinct().toList();
        return new Profile(Long.toString(owner.id()), owner.name().fallbackText(), owner.country(), owner.type().name(),
                profile.languages(), offers.stream().map(org.silta.app.matchmaking.Profile.Statement::text).toList(),
                needs.stream().map(org.silta.app.matchmaking.Profile.Statement::text).toList(), concepts);
    }
}
