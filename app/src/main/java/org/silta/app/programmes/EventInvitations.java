package org.silta.app.programmes;

import java.util.Arrays;
import java.util.List;
import org.silta.app.audit.AuditLog;
import org.silta.app.identity.Invitations;
import org.silta.app.identity.SignedIn;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisers invite people to register for an event by email link. */
@Service
public class EventInvitations {

    private final EventEditing eventEditing;
    private final Invitations invitations;
    private final AuditLog audit;

    EventInvitations(EventEditing eventEditing, Invitations invitations, AuditLog audit) {
        this.eventEditing = eventEditing;
        this.invitations = invitations;
        this.audit = audit;
    }

    /** Addresses separated by lines, commas or semicolons. Returns how many were invited. */
    @Transactional
    public int invite(long eventId, String addresses, String message, SignedIn me, String baseUrl) {
        var event = eventEditing.managed(eventId, me);
        var emails = Arrays.stream((addresses == null ? "" : addresses).split("[\\s,;]+")).filter(a -> !a.isBlank()).toList();
        var subject = event.title().in(LocaleContextHolder.getLocale());
        var count = invitations.invite(new Invitations.Request(emails, Registering.target(eventId), subject, message,
                LocaleContextHolder.getLocale().getLanguage(), me.id(), baseUrl));
        audit.record(me.id(), event.programmeId(), "event.invited", EventEditing.subject(event), count + " people");
        return count;
    }

    public List<Invitations.Invitation> sent(long eventId, SignedIn me) {
        eventEditing.managed(eventId, me);
        return invitations.to(Registering.target(eventId));
    }
}
