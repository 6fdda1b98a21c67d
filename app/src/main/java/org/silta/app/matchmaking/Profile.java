package org.silta.app.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** What an organisation offers and needs in a programme, written in its own languages. */
@Table("mm_profile")
public class Profile {

    @Id
    private Long id;
    private Long programmeId;
    private Long organisationId;
    private List<String> languages;
    private Instant updatedAt;
    private Long updatedBy;
    @Version
    private Long version;
    @MappedCollection(idColumn = "profile", keyColumn = "profile_key")
    private List<Statement> statements = new ArrayList<>();

    public enum Kind { OFFER, NEED }

    /** One offer or need, in the language its writer wrote it in, with the concepts they picked. */
    @Table("mm_statement")
    public record Statement(Kind kind, String text, String language, List<String> concepts) {
    }

    Profile() {
    }

    Profile(long programmeId, long organisationId) {
        this.programmeId = programmeId;
        this.organisationId = organisationId;
    }

    void rewrite(List<String> languages, List<Statement> statements, long by, Instant at) {
        this.languages = List.copyOf(languages);
        this.statements = new ArrayList<>(statements);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long programmeId() {
        return programmeId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public List<String> languages() {
        return languages;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    public List<Statement> of(Kind kind) {
        return statements.stream().filter(statement -> statement.kind() == kind).toList();
    }
}
