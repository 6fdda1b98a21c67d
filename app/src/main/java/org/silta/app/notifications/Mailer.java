package org.silta.app.notifications;

import java.util.Locale;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.InvitationIssued;
import org.silta.app.identity.PasswordResetRequested;
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

    Mailer(Outbox outbox, MessageSource messages, Accounts accounts, ProgrammeCatalogue catalogue) {
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

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
