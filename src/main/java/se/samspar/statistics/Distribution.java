package se.samspar.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samspar.report.ReportFigures;

/**
 * One table of the board's gender-divided statistics: per row the count of women and of men and
 * each as a whole per cent of all women and all men in the base. When one person may fall in
 * several rows (exit reasons, support) the per cents add up to more than 100.
 */
public record Distribution(String title, List<Row> rows, int women, int men, boolean severalPerPerson) {

    public record Row(String code, int women, int men) {
    }

    public Optional<Integer> womenPercent(Row row) {
        return ReportFigures.percent(row.women(), women);
    }

    public Optional<Integer> menPercent(Row row) {
        return ReportFigures.percent(row.men(), men);
    }

    /** The row where women's and men's shares differ the most, if any differ at all. */
    public Optional<Row> largestDifference() {
        if (women == 0 || men == 0) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> !womenPercent(r).equals(menPercent(r)))
                .max(Comparator.comparingInt(r -> Math.abs(womenPercent(r).orElse(0) - menPercent(r).orElse(0))));
    }
}
