package org.silta.app.programmes;

import java.util.HashSet;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.shared.Countries;
import org.silta.app.shared.Invalid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Checks a registration form against its event: eligibility, audience, sessions, the organiser's questions, consent. */
@Component
class RegistrationForm {

    static final int MAX_ANSWER = 2000;

    private final Sessions sessions;
    private final EligibilityText eligibilityText;

    RegistrationForm(Sessions sessions, EligibilityText eligibilityText) {
        this.sessions = sessions;
        this.eligibilityText = eligibilityText;
    }

    void validate(Event event, Registration.Form form) {
        var locale = LocaleContextHolder.getLocale();
        var problems = new Invalid.Collector()
                .text("organisationName", form.organisationName(), true, 300)
                .check(OrganisationType.parse(form.organisationType()) != null, "organisationType", "invalid.required")
                .country("country", form.country(), true)
                .check(form.privacyAgreed(), "privacyAgreed", "invalid.privacy");
        if (!problems.has("country") && !problems.has("organisationType")
                && !event.eligibility().admits(form.country(), form.organisationType())) {
            problems.add(event.eligibility().admitsCountry(form.country()) ? "organisationType" : "country",
                    "invalid.not-eligible", eligibilityText.describe(event.eligibility(), locale));
        }
        if (!event.audienceGroups().isEmpty()) {
            problems.check(form.audienceGroup() != null && event.audienceGroup(form.audienceGroup()).isPresent(),
                    "audienceGroup", "invalid.required");
        }
        var eventSessions = sessions.findByEventIdOrderByStartsAt(event.id());
        if (!eventSessions.isEmpty()) {
            problems.check(!form.sessions().isEmpty(), "sessions", "invalid.session-needed");
        }
        var chosen = new HashSet<>(form.sessions());
        for (var sessionId : chosen) {
            var session = eventSessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
            if (session.isEmpty()) {
                problems.add("sessions", "invalid.choice", String.valueOf(sessionId));
                continue;
            }
            var title = session.get().title().in(locale);
            var groups = session.get().audienceGroups();
            problems.check(groups.isEmpty() || groups.contains(form.audienceGroup()), "sessions", "invalid.session-audience", title);
            problems.check(problems.has("country") || session.get().eligibility().admits(form.country(), form.organisationType()),
                    "sessions", "invalid.session-not-eligible", title,
                    eligibilityText.describe(session.get().eligibility(), locale));
        }
        for (var question : event.questions()) {
            var field = "answer." + question.id();
            var values = form.answers().get(question.id()).stream().filter(v -> !v.isBlank()).toList();
            if (values.isEmpty()) {
                problems.check(!question.required(), field, "invalid.required");
                continue;
            }
            switch (question.kind()) {
                case TEXT -> problems.text(field, values.getFirst(), question.required(), MAX_ANSWER)
                        .check(values.size() == 1, field, "invalid.choice", String.join(", ", values));
                case CHOICE -> problems.check(values.size() == 1 && question.options().contains(values.getFirst()),
                        field, "invalid.choice", String.join(", ", values));
                case MULTI_CHOICE -> values.forEach(value ->
                        problems.check(question.options().contains(value), field, "invalid.choice", value));
                case COUNTRY -> problems.check(values.size() == 1 && Countries.isKnown(values.getFirst()),
                        field, "invalid.country", values.getFirst());
                case YES_NO -> problems.check(values.size() == 1 && (values.getFirst().equals("yes") || values.getFirst().equals("no")),
                        field, "invalid.choice", values.getFirst());
            }
        }
        form.answers().values().keySet().forEach(question -> problems.check(
                event.questions().stream().anyMatch(q -> q.id().equals(question)), "answers", "invalid.choice", question));
        problems.throwIfAny();
    }
}
