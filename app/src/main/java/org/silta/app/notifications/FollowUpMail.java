package org.silta.app.notifications;

import java.util.Locale;
import org.silta.app.identity.Accounts;
import org.silta.app.partnerships.FollowUpDue;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds owners of ideas, joint offers and partnerships to follow them up, in the owner's language. */
@Component
class FollowUpMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Accounts accounts;

    FollowUpMail(Outbox outbox, MessageSource messages, Accounts accounts) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(FollowUpDue due) {
        accounts.find(due.ownerId()).ifPresent(owner -> {
            var locale = Locale.forLanguageTag(owner.locale());
            var kind = messages.getMessage("pipeline.kind." + due.itemKind(), null, locale);
            outbox.send(owner.email(), messages.getMessage("mail.follow-up.subject", new Object[] {due.title()}, locale),
                    messages.getMessage("mail.follow-up.body", new Object[] {owner.name(), kind, due.title(), due.daysAfter(),
                            due.link()}, locale));
        });
    }
}
