package org.silta.app.organisations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.LocalizedText;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of organisations: entry with duplicate detection, look-up, and who belongs where. */
@Service
public class OrganisationRegistry {

    private final Organisations organisations;
    private final JdbcClient jdbc;

    OrganisationRegistry(Organisations organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    public record Details(LocalizedText name, String type, String country, String website, LocalizedText description) {
    }

    /** Either the organisation was entered, or ones with the same name in the same country were found first. */
    public record Entry(Organisation created, List<Organisation> sameName) {
        public boolean isCreated() {
            return created != null;
        }
    }

    /**
     * Enters an organisation. When one with the same normalised name exists in the country, nothing is
     * entered and those are returned for a "did you mean" choice, unless the person confirmed it is new.
     */
    @Transactional
    public Entry register(Details details, long actorId, boolean confirmedNew) {
        var type = validate(details);
        var sameName = organisations.findByCountryAndNameKey(details.country(), NameKey.of(details.name().fallbackText()));
        if (!sameName.isEmpty() && !confirmedNew) {
            return new Entry(null, sameName);
        }
        var organisation = organisations.save(new Organisation(details.name(), type, details.country(),
                details.website(), details.description(), actorId));
        addMember(organisation.id(), actorId, "");
        return new Entry(organisation, List.of());
    }

    /** The organisation a registrant named: the existing one with that name in that country, or a new one. */
    @Transactional
    public Organisation findOrRegister(String name, String language, String type, String country, long personId) {
        var details = new Details(LocalizedText.of(language, name), type, country, null, null);
        validate(details);
        var existing = organisations.findByCountryAndNameKey(country, NameKey.of(name));
        var organisation = existing.isEmpty()
                ? organisations.save(new Organisation(details.name(), OrganisationType.parse(type), country, null, null, personId))
                : existing.getFirst();
        addMember(organisation.id(), personId, "");
        return organisation;
    }

    @Transactional
    public Organisation change(long id, Details details) {
        var type = validate(details);
        var organisation = get(id);
        organisation.change(details.name(), type, details.country(), details.website(), details.description());
        return organisations.save(organisation);
    }

    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFound("organisation " + id));
    }

    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    public Map<Long, Organisation> all(Collection<Long> ids) {
        var result = new HashMap<Long, Organisation>();
        organisations.findAllById(ids).forEach(organisation -> result.put(organisation.id(), organisation));
        return result;
    }

    /** Organisations whose name (in any language) contains the text, optionally in one country. */
    public List<Organisation> search(String text, String country, int limit) {
        var ids = jdbc.sql("""
                select id from organisation o
                where (:country = '' or country = :country)
                  and (:text = '' or o.name_key like '%' || :key || '%'
                       or exists (select 1 from jsonb_each_text(o.name -> 'texts') t where lower(t.value) like '%' || :text || '%'))
                order by o.name_key limit :limit""")
                .param("country", country == null ? "" : country)
                .param("text", text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                .param("key", text == null || text.isBlank() ? "" : NameKey.of(text))
                .param("limit", limit)
                .query(Long.class).list();
        var found = all(ids);
        return ids.stream().map(found::get).toList();
    }

    @Transactional
    public void addMember(long organisationId, long personId, String role) {
        jdbc.sql("""
                insert into membership (person_id, organisation_id, role) values (?, ?, ?)
                on conflict (person_id, organisation_id) do nothing""")
                .params(personId, organisationId, role == null ? "" : role.strip()).update();
    }

    public record Member(long personId, String role) {
    }

    public List<Member> members(long organisationId) {
        return jdbc.sql("select person_id, role from membership where organisation_id = ? order by person_id")
                .param(organisationId).query(Member.class).list();
    }

    public boolean isMember(long organisationId, long personId) {
        return jdbc.sql("select count(*) from membership where organisation_id = ? and person_id = ?")
                .params(organisationId, personId).query(Integer.class).single() > 0;
    }

    public List<Organisation> of(long personId) {
        var ids = jdbc.sql("select organisation_id from membership where person_id = ?").param(personId).query(Long.class).list();
        return List.copyOf(all(ids).values());
    }

    private static OrganisationType validate(Details details) {
        var type = OrganisationType.parse(details.type());
        new Invalid.Collector()
                .text("name", details.name(), true, 300)
                .check(type != null, "type", "invalid.choice", String.valueOf(details.type()))
                .country("country", details.country(), true)
                .url("website", details.website())
                .text("description", details.description(), false, 2000)
                .throwIfAny();
        return type;
    }
}
