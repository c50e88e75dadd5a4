package se.samspar.demo;

import java.time.LocalDate;
import java.util.List;
import se.samspar.report.DraftContent;
import se.samspar.report.ReportDraft;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;

/**
 * The coordinator's report on förrehabilitering for this year so far, published so that the
 * board's archive has something in it, and this year's report begun as a draft.
 */
final class DemoReports {

    private DemoReports() {
    }

    static void createIfEmpty(ReportService reports, long programmeId, LocalDate today) {
        if (!reports.archive(null, programmeId).isEmpty()) {
            return;
        }
        // This year up to the end of last month (last year in January): the demo's history lies there.
        LocalDate to = today.withDayOfMonth(1).minusDays(1);
        LocalDate from = to.withDayOfYear(1);
        ReportDraft draft = reports.createDraft(programmeId, ReportKind.DELAR, from, to);
        DraftContent c = draft.content();
        List<String> quotes = reports.quotable(programmeId, from, to).stream()
                .flatMap(t -> t.answers().stream()).limit(2).toList();
        draft = reports.saveDraft(draft.getId(), draft.getVersion(), new DraftContent(c.kind(), from, to, true,
                new DraftContent.Texts(c.texts().purpose(),
                        "Ingen har ännu gått vidare till arbete; de flesta fortsätter i arbetslivsinriktad rehabilitering.",
                        "Vi har tagit fram innehåll och material till 24 pass och finslipat dem allteftersom.",
                        "Grupperna har haft god närvaro.",
                        "Det är en pedagogisk utmaning när nya deltagare kommer efter halva tiden.", null),
                quotes, "Vänersborg", signed(to, today), "Caroline Samordnare, samordnare"));
        reports.publish(draft.getId(), draft.getVersion());
        reports.createDraft(programmeId, ReportKind.HELAR, LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31));
    }

    /** Signed ten days after the period, but never after the day it is published (today). */
    static LocalDate signed(LocalDate to, LocalDate today) {
        LocalDate tenDaysAfter = to.plusDays(10);
        return tenDaysAfter.isAfter(today) ? today : tenDaysAfter;
    }
}
