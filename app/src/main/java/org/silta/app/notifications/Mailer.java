package org.silta.app.notifications;

import java.util.Locale;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.InvitationIssued;
import org.silta.app.identity.PasswordResetRequested;
import org.silta.app.matchmaking.MeetingRequestAnswered;
import org.silta.app.matchmaking.MeetingRequested;
import org.silta.app.matchmaking.MeetingsPublished;
import org.silta.app.matchmaking.MyMeetings;
import org.silta.app.shared.Times;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.silta.app.programmes.RegistrationChanged;
import org.silta.app.programmes.RegistrationStatus;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Emails people when something happens to them, in their own language, after the change is saved. */
@Component
class Mailer {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Accounts accounts;
    private final ProgrammeCatalogue catalogue;
    private final MyMeetings meetings;
    private final Times times;

    Mailer(Outbox outbox, MessageSource messages, Accounts accounts, ProgrammeCatalogue catalogue, MyMeetings meetings,
           Times times) {
        this.meetings = meetings;
        this.times = times;
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        var locale = Locale.forLanguageTag(event.locale());
        outbox.send(event.email(), text("mail.reset.subject", locale),
                text("mail.reset.body", locale, event.name(), event.link()));
    }

    @ApplicationModuleListener
    void on(InvitationIssued event) {
        var locale = Locale.forLanguageTag(event.locale());
        var message = event.message().isBlank() ? "" : "\n\n" + event.message() + "\n";
        outbox.send(event.email(), text("mail.invitation.subject", locale, event.subject()),
                text("mail.invitation.body", locale, event.inviter(), event.subject(), event.link(), message));
    }

    @ApplicationModuleListener
    void on(RegistrationChanged event) {
        if (event.personId() == null) {
            return;
        }
        var person = accounts.find(event.personId());
        var registered = catalogue.eventById(event.eventId());
        if (person.isEmpty() || registered.isEmpty()) {
            return;
        }
        var locale = Locale.forLanguageTag(person.get().locale());
        var title = registered.get().title().in(locale);
        var key = event.promoted() && event.status() == RegistrationStatus.CONFIRMED ? "promoted" : event.status().name();
        outbox.send(person.get().email(), text("mail.registration.subject." + key, locale, title),
                text("mail.registration.body." + key, locale, person.get().name(), title));
    }

    @ApplicationModuleListener
    void on(MeetingRequested event) {
        var from = accounts.find(event.fromPerson());
        var to = accounts.find(event.toPerson());
        var where = catalogue.eventById(event.eventId());
        if (from.isEmpty() || to.isEmpty() || where.isEmpty()) {
            return;
        }
        var locale = Locale.forLanguageTag(to.get().locale());
        var title = where.get().title().in(locale);
        outbox.send(to.get().email(), text("mail.meeting.requested.subject", locale, from.get().name()),
                text("mail.meeting.requested.body", locale, to.get().name(), from.get().name(), title));
    }

    @ApplicationModuleListener
    void on(MeetingRequestAnswered event) {
        var from = accounts.find(event.fromPerson());
        var to = accounts.find(event.toPerson());
        if (from.isEmpty() || to.isEmpty() || !(event.answer().equals("ACCEPTED") || event.answer().equals("DECLINED"))) {
            return;
        }
        var locale = Locale.forLanguageTag(from.get().locale());
        outbox.send(from.get().email(), text("mail.meeting." + event.answer() + ".subject", locale, to.get().name()),
                text("mail.meeting." + event.answer() + ".body", locale, from.get().name(), to.get().name()));
    }

    /** Each person whose meetings are new or moved gets their whole list, in their own zone. */
    @ApplicationModuleListener
    void on(MeetingsPublished event) {
        var where = catalogue.eventById(event.eventId());
        if (where.isEmpty()) {
            return;
        }
        for (var personId : event.changedFor()) {
            var person = accounts.find(personId);
            if (person.isEmpty()) {
                continue;
            }
            var locale = Locale.forLanguageTag(person.get().locale());
            var lines = new StringBuilder();
            for (var meeting : meetings.of(personId)) {
                if (meeting.eventId() == event.eventId()) {
                    lines.append("- ").append(times.range(meeting.start(), meeting.end(), person.get().timeZone(), locale))
                            .append(": ").append(meeting.withName()).append(", ").append(meeting.withOrganisation())
                            .append(meeting.place() == null ? "" : " (" + meeting.place() + ")").append('\n');
                }
            }
            var title = where.get().title().in(locale);
            outbox.send(person.get().email(), text("mail.meetings.published.subject", locale, title),
                    text("mail.meetings.published.body", locale, person.get().name(), title, lines.toString()));
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
