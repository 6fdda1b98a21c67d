package org.silta.app.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as pages show them: always with their zone, e.g. "18 Nov 2020, 10:00–13:00 CET (Europe/Rome)".
 * Templates reach it as {@code @times}.
 */
@Component("times")
public class Times {

    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    /** The server's time, for pages that count down: browsers' clocks drift. */
    public Instant now() {
        return clock.instant();
    }

    public String at(Instant instant, String zone) {
        var time = instant.atZone(ZoneId.of(zone));
        return date(time.toLocalDate()) + ", " + time.format(clock()) + " " + zoneLabel(instant, zone);
    }

    public String range(Instant start, Instant end, String zone) {
        return range(start, end, zone, locale());
    }

    /** The range as a reader of the language sees it, outside a request (in an email, say). */
    public String range(Instant start, Instant end, String zone, Locale locale) {
        var from = start.atZone(ZoneId.of(zone));
        var to = end.atZone(ZoneId.of(zone));
        var day = date(from.toLocalDate(), locale);
        var endPart = from.toLocalDate().equals(to.toLocalDate()) ? to.format(clock())
                : date(to.toLocalDate(), locale) + ", " + to.format(clock());
        return day + ", " + from.format(clock()) + "–" + endPart + " " + zoneLabel(start, zone, locale);
    }

    public String date(LocalDate date) {
        return date(date, locale());
    }

    private static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public String dates(LocalDate from, LocalDate to) {
        return from.equals(to) ? date(from) : date(from) + " – " + date(to);
    }

    /** "CET (Europe/Rome)": the zone's short name at that instant and its identifier. */
    public String zoneLabel(Instant instant, String zone) {
        return zoneLabel(instant, zone, locale());
    }

    private static String zoneLabel(Instant instant, String zone, Locale locale) {
        var id = ZoneId.of(zone);
        var abbreviation = instant.atZone(id).format(DateTimeFormatter.ofPattern("zzz", locale));
        return abbreviation.equals(zone) ? "(" + zone + ")" : abbreviation + " (" + zone + ")";
    }

    /** The value an {@code <input type="datetime-local">} shows for the instant in the zone. */
    public String inputValue(Instant instant, String zone) {
        return instant == null ? "" : instant.atZone(ZoneId.of(zone)).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    private static DateTimeFormatter clock() {
        return DateTimeFormatter.ofPattern("HH:mm");
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
