package org.silta.app.reporting;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.silta.app.programmes.RegistrationBook;
import org.silta.app.programmes.RegistrationStatus;
import org.silta.app.shared.Answers;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Bench, not a test: how long the flash report of a large event takes from its data to a PDF (and a DOCX):
 * 2,000 board notes (the top ones per area chosen as the boards module would), 500 participants counted
 * into breakdowns with small groups suppressed, two charts, and the layout with embedded fonts.
 * Run it alone on the machine (see bench/README.md); it prints the machine, each run, and the median
 * against the 3-second budget of issue 5.
 */
public final class FlashReportBench {

    private static final List<String> AREAS = List.of("Goals and vision", "Envisaging digital and online learning in Central Asia",
            "Threats", "Obstacles", "Enablers");
    private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "UZ", "TM", "IT", "BE");
    private static final List<String> TYPES = List.of("ACADEMIC_TRAINING_RESEARCH", "GOVERNMENT", "OTHER_PUBLIC_SECTOR",
            "MULTILATERAL");

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        var runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        var random = new Random(2020);
        var notes = notes(random, 2_000);
        var entries = participants(random, 500);
        var messages = new IcuMessages();
        System.out.printf("machine: %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("input: %d notes in %d areas and proposals, %d participants, 2 sessions%n", notes.size(), AREAS.size(),
                entries.size());
        var times = new ArrayList<Long>();
        for (int run = 1; run <= runs; run++) {
            var start = System.nanoTime();
            var pdf = ReportPdf.render(document(notes, entries, messages));
            var pdfMillis = (System.nanoTime() - start) / 1_000_000;
            var docx = ReportDocx.render(document(notes, entries, messages));
            times.add(pdfMillis);
            System.out.printf("run %2d: PDF %5d ms (%d KB), with DOCX %5d ms (%d KB)%n", run, pdfMillis, pdf.length >> 10,
                    (System.nanoTime() - start) / 1_000_000, docx.length >> 10);
        }
        var sorted = times.stream().sorted().toList();
        var median = sorted.get(sorted.size() / 2);
        System.out.printf("flash report PDF: first run %d ms (cold JVM), median %d ms, %.2f x the 3 s budget%n", times.getFirst(),
                median, median / 3000.0);
    }

    /** From the data to the document, as FlashReports does it after reading the database. */
    private static ReportDocument document(List<Note> notes, List<RegistrationBook.Entry> entries, IcuMessages messages) {
        var locale = Locale.ENGLISH;
        var outcomes = new EventOutcomes.Outcomes(AREAS.stream().map(area -> new EventOutcomes.Area(area, "en", notes.stream()
                .filter(note -> note.area().equals(area)).sorted(Comparator.comparing(Note::votes).reversed())
                .limit(FlashReportDraft.TOP_PER_AREA).map(note -> new EventOutcomes.Item(note.text(), "ru", note.votes(), false))
                .toList())).toList(), notes.stream().filter(note -> note.area().equals("proposals"))
                .sorted(Comparator.comparing(Note::votes).reversed()).limit(10)
                .map(note -> new EventOutcomes.Item(note.text(), "en", note.votes(), false)).toList());
        var attended = new HashSet<Long>();
        entries.stream().filter(entry -> entry.id() % 10 != 0).forEach(entry -> attended.add(entry.id()));
        var breakdowns = List.of(
                Kpis.breakdown("country", entries, attended, entry -> new Locale("", entry.country()).getDisplayCountry(locale)),
                Kpis.breakdown("organisation-type", entries, attended, RegistrationBook.Entry::organisationType),
                Kpis.breakdown("audience-group", entries, attended, RegistrationBook.Entry::audienceGroup),
                Kpis.breakdown("gender", entries, attended, entry -> entry.answers().get("gender").getFirst()));
        var kpis = new EventKpis(List.of(new EventKpis.SessionFigures("Session 1: learners, teachers and trainers", "en", 310, 280),
                new EventKpis.SessionFigures("Session 2: policy dialogue", "en", 250, 221)), entries.size(), attended.size(),
                breakdowns, 120, 80, new MeetingFigures.Meetings(0, 0), new PipelineFigures.Pipeline(3, 12, 4, 2));
        var draft = new FlashReportDraft(messages, locale);
        var report = new FlashReport(1, "en", "Exploring distance and online learning in Central Asia", "Capture the experience "
                + "and views of the main stakeholder groups; share them across countries.", "Part of the Torino Process.",
                "Online; 18 Nov 2020 – 26 Nov 2020; times in Europe/Rome.\n500 participants registered.", draft.outcomes(outcomes),
                draft.conclusions(kpis.pipeline()), "Olga Organiser, organiser@example.org", "Giulia Conti", Instant.now(),
                Instant.now());
        return FlashReportDocument.of(report, kpis, messages, locale);
    }

    private record Note(String area, String text, int votes) {
    }

    private static List<Note> notes(Random random, int count) {
        var words = List.of("teachers", "online", "learning", "access", "devices", "платформа", "обучение", "colleges",
                "employers", "quality", "recognition", "skills", "Дистанционное", "regional", "cooperation", "donors");
        var notes = new ArrayList<Note>();
        for (int i = 0; i < count; i++) {
            var text = new StringBuilder();
            for (int w = 0; w < 8 + random.nextInt(12); w++) {
                text.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            var area = i % 6 == 5 ? "proposals" : AREAS.get(i % 6);
            notes.add(new Note(area, text.toString(), random.nextInt(30)));
        }
        return notes;
    }

    private static List<RegistrationBook.Entry> participants(Random random, int count) {
        var entries = new ArrayList<RegistrationBook.Entry>();
        for (long i = 1; i <= count; i++) {
            var country = COUNTRIES.get(Math.min(random.nextInt(COUNTRIES.size() + 3), COUNTRIES.size() - 1));
            entries.add(new RegistrationBook.Entry(i, i, "Participant " + i, "p" + i + "@example.org", i % 90, "College " + (i % 90),
                    TYPES.get(random.nextInt(TYPES.size())), country, random.nextBoolean() ? "a1" : "a2",
                    RegistrationStatus.CONFIRMED, List.of(1L, 2L), new Answers(Map.of("gender",
                    List.of(random.nextInt(40) == 0 ? "non-binary" : random.nextBoolean() ? "woman" : "man"))), true,
                    Instant.now()));
        }
        return entries;
    }

    /** Silta's bundles formatted with ICU, as the application formats them. */
    private static final class IcuMessages extends ResourceBundleMessageSource {

        IcuMessages() {
            setBasename("messages");
            setDefaultEncoding("UTF-8");
            setFallbackToSystemLocale(false);
        }

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            var pattern = resolveCodeWithoutArguments(code, locale);
            return pattern == null ? null : new MessageFormat(pattern, ULocale.forLocale(locale)).format(args == null ? new Object[0] : args);
        }
    }
}
