package org.silta.app.matchmaking;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.shared.Forbidden;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People of an organisation write its matchmaking profile for a programme: what it offers and needs. */
@Service
public class ProfileEditing {

    static final int MAX_STATEMENTS = 10;
    static final int MAX_TEXT = 500;

    private final Profiles profiles;
    private final ProgrammeCatalogue catalogue;
    private final OrganisationRegistry organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final Concepts concepts;

    ProfileEditing(Profiles profiles, ProgrammeCatalogue catalogue, OrganisationRegistry organisations, AuditLog audit,
                   Clock clock, Concepts concepts) {
        this.concepts = concepts;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Profile> of(long programmeId, long organisationId) {
        return profiles.findByProgrammeIdAndOrganisationId(programmeId, organisationId);
    }

    public List<Profile> all(long programmeId) {
        return profiles.findByProgrammeId(programmeId);
    }

    @Transactional
    /** Saves the profile; a statement written without a language gets the one its text is detected in. */
    public Profile save(long programmeId, long organisationId, List<String> languages, List<Profile.Statement> statements,
                        String fallbackLanguage, SignedIn me) {
        var programme = catalogue.programme(programmeId, me);
        if (!me.platformAdmin() && !organisations.isMember(organisationId, me.id())) {
            throw new Forbidden("profile of organisation " + organisationId);
        }
        var problems = new Invalid.Collector();
        for (var kind : Profile.Kind.values()) {
            var field = kind == Profile.Kind.OFFER ? "offers" : "needs";
            var ofKind = statements.stream().filter(s -> s.kind() == kind).toList();
            problems.check(ofKind.size() <= MAX_STATEMENTS, field, "invalid.too-many", MAX_STATEMENTS);
            ofKind.forEach(statement -> problems.text(field, statement.text(), true, MAX_TEXT)
                    .check(statement.language() == null || statement.language().isBlank()
                            || Languages.isContentLanguage(statement.language()), field, "invalid.language", statement.language()));
            ofKind.stream().flatMap(statement -> statement.concepts().stream())
                    .forEach(concept -> problems.check(concepts.isKnown(concept), field, "invalid.concept", concept));
        }
        problems.check(!statements.isEmpty(), "offers", "invalid.offer-or-need");
        languages.forEach(language -> problems.check(Languages.isContentLanguage(language), "languages", "invalid.language", language));
        problems.throwIfAny();
        var profile = of(programmeId, organisationId).orElseGet(() -> new Profile(programmeId, organisationId));
        profile.rewrite(languages, statements.stream().map(s -> new Profile.Statement(s.kind(), s.text(),
                s.language() == null || s.language().isBlank() ? concepts.languageOf(s.text(), fallbackLanguage) : s.language(),
                withFound(s))).toList(), me.id(), clock.instant());
        profile = profiles.save(profile);
        audit.record(me.id(), programme.id(), "matchmaking.profile.saved", "organisation " + organisationId, "");
        return profile;
    }

    /** The concepts the writer picked, then those the engine finds in the text, so the marketplace can browse by them. */
    private List<String> withFound(Profile.Statement statement) {
        var all = new java.util.LinkedHashSet<>(statement.concepts());
        all.addAll(concepts.foundIn(statement.text()));
        return List.copyOf(all);
    }
}
