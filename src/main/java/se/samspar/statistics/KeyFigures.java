package se.samspar.statistics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.Period;
import se.samspar.report.ReportFigures;

/**
 * A programme's key figures for the year so far, for the dashboard: active today, started and
 * exited this year, the share of the exited who went to work or studies, and starts and exits
 * month by month. Pure, from the facts a query returns.
 */
public record KeyFigures(long programmeId, String programme, int activeToday, int started, int exited,
                         Optional<Integer> toWorkOrStudiesPercent, int[] startedPerMonth, int[] exitedPerMonth) {

    public static KeyFigures of(long programmeId, String programme, Collection<EnrolmentFacts> all, LocalDate today) {
        Period year = new Period(today.withDayOfYear(1), today);
        Period day = new Period(today, today);
        int[] started = new int[today.getMonthValue()];
        int[] exited = new int[today.getMonthValue()];
        int active = 0;
        for (EnrolmentFacts f : all) {
            if (!f.counts()) {
                continue;
            }
            active += f.activeDuring(day) ? 1 : 0;
            if (f.startedIn(year)) {
                started[f.startDate().getMonthValue() - 1]++;
            }
            if (f.exitedIn(year)) {
                exited[f.endDate().getMonthValue() - 1]++;
            }
        }
        ReportFigures.Results results = ReportFigures.results(all, year, null);
        return new KeyFigures(programmeId, programme, active, java.util.Arrays.stream(started).sum(),
                java.util.Arrays.stream(exited).sum(), results.toWorkOrStudiesPercent(), started, exited);
    }
}
