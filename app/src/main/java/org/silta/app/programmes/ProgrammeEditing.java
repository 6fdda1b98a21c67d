package org.silta.app.programmes;

import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and running a programme: its description, status, co-organisers and team. */
@Service
public class ProgrammeEditing {

    static final int MAX_SECTORS = 20;

    private final Programmes programmes;
    private final ProgrammeCatalogue catalogue;
    private final Access access;
    private final Accounts accounts;
    private final OrganisationRegistry organisations;
    private final AuditLog audit;

    ProgrammeEditing(Programmes programmes, ProgrammeCatalogue catalogue, Access access, Accounts accounts,
                     OrganisationRegistry organisations, AuditLog audit) {
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.access = access;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** Anyone signed in may start a programme; they become its first organiser. It starts as a draft. */
    @Transactional
    public Programme create(ProgrammeDetails details, SignedIn me) {
        validate(details);
        var programme = new Programme(me.id());
        programme.describe(details.title(), details.summary(), details.defaultLanguage(), details.countries(),
                details.focusSectors());
        programme = programmes.save(programme);
        audit.record(me.id(), programme.id(), "programme.created", subject(programme), "");
        return programme;
    }

    @Transactional
    public Programme change(long id, ProgrammeDetails details, SignedIn me) {
        var programme = managed(id, me);
        validate(details);
        programme.describe(details.title(), details.summary(), details.defaultLanguage(), details.countries(),
                details.focusSectors());
        audit.record(me.id(), id, "programme.changed", subject(programme), "");
        return programmes.save(programme);
    }

    @Transactional
    public Programme changeStatus(long id, ProgrammeStatus status, SignedIn me) {
        var programme = managed(id, me);
        if (status == null) {
            throw Invalid.of("status", "invalid.required");
        }
        programme.changeStatus(status);
        audit.record(me.id(), id, "programme.status", subject(programme), status.name());
        return programmes.save(programme);
    }

    @Transactional
    public Programme addCoOrganiser(long id, Long organisationId, CoOrganiserRole role, SignedIn me) {
        var programme = managed(id, me);
        new Invalid.Collector()
                .check(organisationId != null && organisations.find(organisationId).isPresent(), "organisation", "invalid.organisation")
                .check(role != null, "role", "invalid.required")
                .throwIfAny();
        programme.addCoOrganiser(organisationId, role);
        audit.record(me.id(), id, "programme.co-organiser.added", subject(programme),
                organisations.get(organisationId).name().fallbackText() + " (" + role + ")");
        return programmes.save(programme);
    }

    @Transactional
    public Programme removeCoOrganiser(long id, long organisationId, CoOrganiserRole role, SignedIn me) {
        var programme = managed(id, me);
        programme.removeCoOrganiser(organisationId, role);
        audit.record(me.id(), id, "programme.co-organiser.removed", subject(programme), organisationId + " (" + role + ")");
        return programmes.save(programme);
    }

    /** Adds someone with an account to the team, or changes their role. */
    @Transactional
    public Programme putTeamMember(long id, String email, ProgrammeRole role, SignedIn me) {
        var programme = managed(id, me);
        var problems = new Invalid.Collector().email("email", email).check(role != null, "role", "invalid.required");
        problems.throwIfAny();
        var person = accounts.byEmail(email).orElseThrow(() -> Invalid.of("email", "invalid.no-account", email));
        if (programme.roleOf(person.id()).filter(r -> r == ProgrammeRole.ORGANISER).isPresent()
                && role != ProgrammeRole.ORGANISER && programme.organiserCount() == 1) {
            throw Invalid.of("email", "invalid.last-organiser");
        }
        programme.putTeamMember(person.id(), role);
        audit.record(me.id(), id, "programme.team.put", subject(programme), person.name() + " (" + role + ")");
        return programmes.save(programme);
    }

    @Transactional
    public Programme removeTeamMember(long id, long personId, SignedIn me) {
        var programme = managed(id, me);
        if (programme.roleOf(personId).filter(r -> r == ProgrammeRole.ORGANISER).isPresent() && programme.organiserCount() == 1) {
            throw Invalid.of("team", "invalid.last-organiser");
        }
        programme.removeTeamMember(personId);
        audit.record(me.id(), id, "programme.team.removed", subject(programme),
                accounts.find(personId).map(p -> p.name()).orElse(String.valueOf(personId)));
        return programmes.save(programme);
    }

    private Programme managed(long id, SignedIn me) {
        var programme = catalogue.programme(id, me);
        access.requireManage(programme, me);
        return programme;
    }

    static String subject(Programme programme) {
        return "programme " + programme.id() + ": " + programme.title().fallbackText();
    }

    private static void validate(ProgrammeDetails details) {
        var problems = new Invalid.Collector()
                .text("title", details.title(), true, 300)
                .text("summary", details.summary(), false, 5000)
                .check(Languages.isContentLanguage(details.defaultLanguage()), "defaultLanguage", "invalid.language",
                        String.valueOf(details.defaultLanguage()))
                .check(details.focusSectors().size() <= MAX_SECTORS, "focusSectors", "invalid.too-many", MAX_SECTORS);
        details.countries().forEach(country -> problems.country("countries", country, true));
        details.focusSectors().forEach(sector -> problems.text("focusSectors", sector, true, 100));
        if (details.title() != null && !details.title().isBlank()
                && !details.title().texts().containsKey(details.defaultLanguage())) {
            problems.add("title", "invalid.default-language-missing", details.defaultLanguage());
        }
        problems.throwIfAny();
    }
}
