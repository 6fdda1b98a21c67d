package org.silta.app.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.organisations.OrganisationRegistry;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.Languages;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joint offers: a consortium (a lead and members) offers a customer in a target country something together. */
@Service
public class JointOffers {

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final Ideas ideas;
    private final OrganisationRegistry organisations;
    private final AuditLog audit;
    private final Clock clock;

    JointOffers(JdbcClient jdbc, PipelineAccess access, Ideas ideas, OrganisationRegistry organisations, AuditLog audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.ideas = ideas;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the team types for an offer; {@code ideaId} is the idea it takes up, if any. */
    public record Form(String title, String language, Long ideaId, Long leadOrganisationId, List<Long> memberIds,
                       String targetCountry, String customer, List<String> sectors, List<String> concepts) {
    }

    @Transactional
    public JointOffer create(long programmeId, Form form, SignedIn me) {
        access.work(programmeId, me);
        var problems = new Invalid.Collector()
                .text("title", form.title(), true, 300)
                .check(Languages.isContentLanguage(form.language()), "language", "invalid.language", String.valueOf(form.language()))
                .check(form.leadOrganisationId() != null && organisations.find(form.leadOrganisationId()).isPresent(),
                        "leadOrganisationId", "invalid.organisation")
                .check(form.memberIds().stream().allMatch(id -> organisations.find(id).isPresent()), "memberIds",
                        "invalid.organisation")
                .country("targetCountry", form.targetCountry(), true)
                .text("customer", form.customer(), false, 300);
        if (form.ideaId() != null) {
            problems.check(ideas.ofProgramme(programmeId).stream().anyMatch(idea -> idea.id() == form.ideaId()), "ideaId",
                    "invalid.choice", String.valueOf(form.ideaId()));
        }
        form.sectors().forEach(sector -> problems.text("sectors", sector, true, 100));
        form.concepts().forEach(concept -> problems.text("concepts", concept, true, 100));
        problems.throwIfAny();
        var members = form.memberIds().stream().filter(id -> !id.equals(form.leadOrganisationId())).distinct().toList();
        var id = jdbc.sql("""
                insert into joint_offer (programme_id, idea_id, title, language, lead_organisation_id, member_ids,
                    target_country, customer, sectors, concepts, status, owner_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFTING', ?, ?) returning id""")
                .params(programmeId, form.ideaId(), form.title().strip(), form.language(), form.leadOrganisationId(),
                        Rows.ids(members), form.targetCountry(), form.customer() == null ? "" : form.customer().strip(),
                        Rows.array(form.sectors()), Rows.array(form.concepts()), me.id(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        if (form.ideaId() != null) {
            ideas.takeUp(form.ideaId());
        }
        audit.record(me.id(), programmeId, "offer.created", subject(id, form.title()), "");
        return get(id);
    }

    @Transactional
    public JointOffer changeStatus(long id, OfferStatus status, SignedIn me) {
        var offer = get(id);
        access.work(offer.programmeId(), me);
        if (status == null) {
            throw Invalid.of("status", "invalid.required");
        }
        jdbc.sql("update joint_offer set status = ? where id = ?").params(status.name(), id).update();
        audit.record(me.id(), offer.programmeId(), "offer.status", subject(id, offer.title()), status.name());
        return get(id);
    }

    public JointOffer offer(long id, SignedIn me) {
        var offer = get(id);
        access.follow(offer.programmeId(), me);
        return offer;
    }

    public List<JointOffer> ofProgramme(long programmeId) {
        return jdbc.sql("select * from joint_offer where programme_id = ? order by created_at, id")
                .param(programmeId).query(JointOffer::of).list();
    }

    JointOffer get(long id) {
        return jdbc.sql("select * from joint_offer where id = ?").param(id).query(JointOffer::of).optional()
                .orElseThrow(() -> new NotFound("joint offer " + id));
    }

    static String subject(long id, String title) {
        return "joint offer " + id + ": " + title;
    }
}
