package org.silta.app.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Invalid;
import org.silta.app.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files attached to partnerships and action plans: agreements, memoranda of understanding, reports, plans. */
@Service
public class Documents {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final PipelineAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Documents(JdbcClient jdbc, PipelineAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Owner { PARTNERSHIP, ACTION_PLAN }

    public record Document(long id, Owner owner, long ownerId, DocumentKind kind, String title, String fileName,
                           String contentType, int size, Instant uploadedAt) {
    }

    public record File(Document document, byte[] content) {
    }

    @Transactional
    public long attach(Owner owner, long ownerId, String kind, String title, String fileName, String contentType,
                       byte[] content, SignedIn me) {
        var programmeId = programmeOf(owner, ownerId);
        access.work(programmeId, me);
        var parsed = Rows.parse(DocumentKind.class, kind);
        new Invalid.Collector()
                .check(parsed != null, "documentKind", "invalid.choice", String.valueOf(kind))
                .text("documentTitle", title, true, 300)
                .check(content != null && content.length > 0, "file", "invalid.file-needed")
                .check(content == null || content.length <= MAX_BYTES, "file", "invalid.file-too-large", MAX_BYTES / 1024 / 1024)
                .throwIfAny();
        var name = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        var id = jdbc.sql("""
                insert into attached_document (owner_kind, owner_id, kind, title, file_name, content_type, content,
                    uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(owner.name(), ownerId, parsed.name(), title.strip(), name,
                        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, content,
                        Timestamp.from(clock.instant()), me.id())
                .query(Long.class).single();
        audit.record(me.id(), programmeId, "document.attached", owner.name().toLowerCase() + " " + ownerId, title + " (" + name + ")");
        return id;
    }

    public List<Document> of(Owner owner, long ownerId) {
        return jdbc.sql("""
                select id, owner_kind, owner_id, kind, title, file_name, content_type, length(content) as size, uploaded_at
                from attached_document where owner_kind = ? and owner_id = ? order by uploaded_at, id""")
                .params(owner.name(), ownerId).query(Documents::document).list();
    }

    /** A document with its content, for someone who follows the programme it belongs to. */
    public File file(long id, SignedIn me) {
        var document = jdbc.sql("""
                select id, owner_kind, owner_id, kind, title, file_name, content_type, length(content) as size, uploaded_at
                from attached_document where id = ?""").param(id).query(Documents::document).optional()
                .orElseThrow(() -> new NotFound("document " + id));
        access.follow(programmeOf(document.owner(), document.ownerId()), me);
        var content = jdbc.sql("select content from attached_document where id = ?").param(id).query(byte[].class).single();
        return new File(document, content);
    }

    private long programmeOf(Owner owner, long ownerId) {
        var table = owner == Owner.PARTNERSHIP ? "partnership" : "action_plan";
        return jdbc.sql("select programme_id from " + table + " where id = ?").param(ownerId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound(table + " " + ownerId));
    }

    private static Document document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Document(rs.getLong("id"), Owner.valueOf(rs.getString("owner_kind")), rs.getLong("owner_id"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
