package org.silta.app.programmes;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Invalid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The check-in list of a session, self check-in, and a person's own agenda. */
@Controller
class AttendanceController {

    private final ProgrammeCatalogue catalogue;
    private final Attendance attendance;
    private final RegistrationBook book;
    private final Access access;
    private final Forms forms;
    private final Clock clock;
    private final List<AgendaSource> sources;

    AttendanceController(ProgrammeCatalogue catalogue, Attendance attendance, RegistrationBook book, Access access,
                         Forms forms, Clock clock, List<AgendaSource> sources) {
        this.sources = sources;
        this.catalogue = catalogue;
        this.attendance = attendance;
        this.book = book;
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    public record Line(RegistrationBook.Entry entry, boolean checkedIn) {
    }

    @GetMapping("/sessions/{id}/check-in")
    String list(@PathVariable long id, @AuthenticationPrincipal SignedIn me, Model model) {
        var session = catalogue.session(id, me);
        var event = catalogue.event(session.eventId(), me);
        access.requireFacilitate(catalogue.programme(event.programmeId(), me), me);
        var lines = book.entries(event.id()).stream()
                .filter(entry -> entry.status() == RegistrationStatus.CONFIRMED && entry.sessions().contains(id))
                .map(entry -> new Line(entry, attendance.hasCheckedIn(id, entry.id())))
                .sorted(Comparator.comparing((Line line) -> line.entry().name()))
                .toList();
        model.addAttribute("eventSession", session);
        model.addAttribute("event", event);
        model.addAttribute("lines", lines);
        model.addAttribute("attended", lines.stream().filter(Line::checkedIn).count());
        return "sessions/check-in";
    }

    @PostMapping("/sessions/{id}/check-in/{registration}")
    String checkIn(@PathVariable long id, @PathVariable long registration, @AuthenticationPrincipal SignedIn me) {
        attendance.checkIn(id, registration, me);
        return "redirect:/sessions/" + id + "/check-in#registration-" + registration;
    }

    @PostMapping("/sessions/{id}/check-in/{registration}/undo")
    String undo(@PathVariable long id, @PathVariable long registration, @AuthenticationPrincipal SignedIn me) {
        attendance.undo(id, registration, me);
        return "redirect:/sessions/" + id + "/check-in#registration-" + registration;
    }

    @PostMapping("/sessions/{id}/self-check-in")
    String selfCheckIn(@PathVariable long id, @AuthenticationPrincipal SignedIn me, RedirectAttributes redirect) {
        try {
            attendance.selfCheckIn(id, me);
            redirect.addFlashAttribute("notice", forms.text("checkin.self-done"));
        } catch (Invalid invalid) {
            redirect.addFlashAttribute("notice", forms.messages(invalid).values().iterator().next());
        }
        return "redirect:/me/agenda";
    }

    /** One registration on the agenda page, with its event and chosen sessions. */
    public record AgendaEntry(Registration registration, Event event, List<Session> sessions) {
    }

    @GetMapping("/me/agenda")
    String agenda(@AuthenticationPrincipal SignedIn me, Model model) {
        var entries = book.of(me.id()).stream().map(registration -> {
            var event = catalogue.event(registration.eventId(), me);
            var sessions = catalogue.sessions(event.id()).stream()
                    .filter(session -> registration.sessionIds().contains(session.id())).toList();
            return new AgendaEntry(registration, event, sessions);
        }).sorted(Comparator.comparing((AgendaEntry entry) -> entry.event().startsOn()).reversed()).toList();
        model.addAttribute("entries", entries);
        model.addAttribute("others", sources.stream().flatMap(source -> source.entriesFor(me.id()).stream())
                .sorted(Comparator.comparing(AgendaSource.Entry::start)).toList());
        model.addAttribute("now", clock.instant());
        model.addAttribute("checkedIn", entries.stream().flatMap(entry -> entry.sessions().stream()
                .filter(session -> attendance.hasCheckedIn(session.id(), entry.registration().id()))
                .map(Session::id)).toList());
        return "agenda";
    }
}
