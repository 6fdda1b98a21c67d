package org.silta.app.programmes;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.silta.app.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A programme of workshops: who runs it, for which countries and sectors, with its events. */
@Table("programme")
public class Programme {

    @Id
    private Long id;
    private LocalizedText title;
    private LocalizedText summary;
    private String defaultLanguage;
    private List<String> countries;
    private List<String> focusSectors;
    private ProgrammeStatus status;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "programme")
    private Set<CoOrganiser> coOrganisers = new HashSet<>();
    @MappedCollection(idColumn = "programme")
    private Set<TeamMember> team = new HashSet<>();

    @Table("programme_organisation")
    public record CoOrganiser(Long organisationId, CoOrganiserRole role) {
    }

    @Table("programme_member")
    public record TeamMember(Long personId, ProgrammeRole role) {
    }

    Programme() {
    }

    Programme(long organiserId) {
        this.status = ProgrammeStatus.DRAFT;
        this.createdAt = Instant.now();
        this.team.add(new TeamMember(organiserId, ProgrammeRole.ORGANISER));
    }

    void describe(LocalizedText title, LocalizedText summary, String defaultLanguage, List<String> countries,
                  List<String> focusSectors) {
        this.title = title;
        this.summary = summary;
        this.defaultLanguage = defaultLanguage;
        this.countries = List.copyOf(countries);
        this.focusSectors = List.copyOf(focusSectors);
    }

    void changeStatus(ProgrammeStatus status) {
        this.status = status;
    }

    void addCoOrganiser(long organisationId, CoOrganiserRole role) {
        coOrganisers.add(new CoOrganiser(organisationId, role));
    }

    void removeCoOrganiser(long organisationId, CoOrganiserRole role) {
        coOrganisers.remove(new CoOrganiser(organisationId, role));
    }

    void putTeamMember(long personId, ProgrammeRole role) {
        team.removeIf(member -> member.personId() == personId);
        team.add(new TeamMember(personId, role));
    }

    void removeTeamMember(long personId) {
        team.removeIf(member -> member.personId() == personId);
    }

    public Optional<ProgrammeRole> roleOf(long personId) {
        return team.stream().filter(member -> member.personId() == personId).map(TeamMember::role).findFirst();
    }

    public long organiserCount() {
        return team.stream().filter(member -> member.role() == ProgrammeRole.ORGANISER).count();
    }

    public Long id() {
        return id;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public List<String> countries() {
        return countries;
    }

    public List<String> focusSectors() {
        return focusSectors;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<CoOrganiser> coOrganisers() {
        return Set.copyOf(coOrganisers);
    }

    public Set<TeamMember> team() {
        return Set.copyOf(team);
    }
}
