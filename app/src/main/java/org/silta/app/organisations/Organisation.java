package org.silta.app.organisations;

import java.time.Instant;
import org.silta.app.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A company, ministry, school, city, university, agency or donor that takes part in programmes. */
@Table("organisation")
public class Organisation {

    @Id
    private Long id;
    private LocalizedText name;
    private String nameKey;
    private OrganisationType type;
    private String country;
    private String website;
    private LocalizedText description;
    private Instant createdAt;
    private Long createdBy;
    @Version
    private Long version;

    Organisation() {
    }

    Organisation(LocalizedText name, OrganisationType type, String country, String website,
                 LocalizedText description, Long createdBy) {
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        change(name, type, country, website, description);
    }

    void change(LocalizedText name, OrganisationType type, String country, String website, LocalizedText description) {
        this.name = name;
        this.nameKey = NameKey.of(name.fallbackText());
        this.type = type;
        this.country = country;
        this.website = website == null || website.isBlank() ? null : website.strip();
        this.description = description == null || description.isBlank() ? null : description;
    }

    public Long id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }

    public LocalizedText description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    String nameKey() {
        return nameKey;
    }
}
