package se.samspar.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The periods a coordinator usually reports on, from a setting of month spans such as
 * "1-3,4-6,7-9,10-12,1-6,1-8,1-12" (quarters, the interim report's January–June or –August, and
 * the whole year). Offered for this year and the last, newest end first, those already begun.
 */
public record PeriodPresets(List<int[]> spans) {

    public static PeriodPresets parse(String setting) {
        List<int[]> spans = new ArrayList<>();
        for (String part : setting.split(",")) {
            String[] months = part.strip().split("-");
            int first = Integer.parseInt(months[0].strip());
            int last = Integer.parseInt(months[months.length - 1].strip());
            if (first < 1 || last > 12 || last < first) {
                throw new IllegalArgumentException("Not a span of months: " + part);
            }
            spans.add(new int[] {first, last});
        }
        return new PeriodPresets(List.copyOf(spans));
    }

    /** The presets of this year and the last that have begun by today, latest end first, then longest. */
    public List<Period> around(LocalDate today) {
        List<Period> result = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (int[] span : spans) {
                Period p = new Period(LocalDate.of(year, span[0], 1), YearMonth.of(year, span[1]).atEndOfMonth());
                if (!p.from().isAfter(today)) {
                    result.add(p);
                }
            }
        }
        result.sort(Comparator.comparing(Period::to).reversed().thenComparing(Period::from));
        return result;
    }
}
