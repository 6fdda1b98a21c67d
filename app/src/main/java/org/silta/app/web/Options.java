package org.silta.app.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.silta.app.organisations.OrganisationType;
import org.silta.app.programmes.AgendaKind;
import org.silta.app.programmes.CoOrganiserRole;
import org.silta.app.programmes.Event;
import org.silta.app.programmes.EventFormat;
import org.silta.app.programmes.ProgrammeRole;
import org.silta.app.programmes.ProgrammeStatus;
import org.silta.app.programmes.QuestionKind;
import org.silta.app.shared.Countries;
import org.silta.app.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices forms offer, labelled in the reader's language. Templates reach it as {@code @options}. */
@Component("options")
public class Options {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    private final MessageSource messages;

    Options(MessageSource messages) {
        this.messages = messages;
    }

    public record Option(String value, String label) {
    }

    /**
     * The choices a form field offers: a list of options as it is, audience groups as options, or a
     * named list such as "countries". (Fragment parameters may not call beans, so templates pass names.)
     */
    public List<Option> resolve(Object choices) {
        if (choices instanceof String name) {
            return switch (name) {
                case "countries" -> countries();
                case "zones" -> zones();
                case "contentLanguages" -> contentLanguages();
                case "interfaceLanguages" -> interfaceLanguages();
                case "organisationTypes" -> organisationTypes();
                case "formats" -> formats();
                case "questionKinds" -> questionKinds();
                case "agendaKinds" -> agendaKinds();
                case "programmeStatuses" -> programmeStatuses();
                case "coOrganiserRoles" -> coOrganiserRoles();
                case "programmeRoles" -> programmeRoles();
                default -> throw new IllegalArgumentException("no options named " + name);
            };
        }
        if (choices instanceof List<?> list) {
            return list.stream().map(item -> item instanceof Event.AudienceGroup group
                    ? new Option(group.id(), group.name().in(locale())) : (Option) item).toList();
        }
        throw new IllegalArgumentException("not a list of options: " + choices);
    }

    public List<Option> countries() {
        return Countries.all(locale()).stream().map(c -> new Option(c.code(), c.name())).toList();
    }

    public List<Option> zones() {
        return ZONES.stream().map(zone -> new Option(zone, zone.replace('_', ' '))).toList();
    }

    public List<Option> contentLanguages() {
        return Languages.CONTENT.stream().map(tag -> new Option(tag, Languages.name(tag, locale()))).toList();
    }

    public List<Option> interfaceLanguages() {
        return Languages.INTERFACE.stream().map(tag -> new Option(tag, Languages.endonym(tag))).toList();
    }

    public List<Option> organisationTypes() {
        return Arrays.stream(OrganisationType.values()).map(t -> new Option(t.name(), text(t.messageKey()))).toList();
    }

    public List<Option> formats() {
        return labelled(EventFormat.values(), "event.format.");
    }

    public List<Option> questionKinds() {
        return labelled(QuestionKind.values(), "question.kind.");
    }

    public List<Option> agendaKinds() {
        return labelled(AgendaKind.values(), "agenda.kind.");
    }

    public List<Option> programmeStatuses() {
        return labelled(ProgrammeStatus.values(), "programme.status.");
    }

    public List<Option> coOrganiserRoles() {
        return labelled(CoOrganiserRole.values(), "programme.co-organiser.role.");
    }

    public List<Option> programmeRoles() {
        return labelled(ProgrammeRole.values(), "programme.role.");
    }

    /** An enum's values as options, each labelled by the message {@code prefix + name}. */
    public List<Option> labelled(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
