package se.samspar.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/**
 * "Försörjning vid start × utfall", as the Hikikomori final report analyses its participants: of
 * the enrolments with a kind of support at start, active at some time in the period, what they
 * had come to at the period's end, by kön. Each counts in one outcome only (work before studies
 * before job-seeking before any other exit); one with several kinds of support counts in each.
 * Pure, over participants registered with personal data.
 */
public final class SupportOutcome {

    private SupportOutcome() {
    }

    /** Women and men. */
    public record Split(int women, int men) {
        public int total() {
            return women + men;
        }
    }

    public record Row(String support, Split all, Split toWork, Split toStudies, Split toJobSearch, Split otherExit,
                      Split stillActive) {
        /** Those who have exited by the period's end. */
        public int exited() {
            return toWork.total() + toStudies.total() + toJobSearch.total() + otherExit.total();
        }

        /** To their own support: work or studies. */
        public int selfSupporting() {
            return toWork.total() + toStudies.total();
        }
    }

    private static final int ALL = 0;
    private static final int WORK = 1;
    private static final int STUDIES = 2;
    private static final int JOB_SEARCH = 3;
    private static final int OTHER = 4;
    private static final int ACTIVE = 5;

    /** One row per kind of support someone had, in the code list's order ("uppgift saknas" last). */
    public static List<Row> of(Collection<EnrolmentFacts> all, Period p, Collection<String> codes) {
        Map<String, int[][]> rows = new LinkedHashMap<>();
        codes.forEach(c -> rows.put(c, new int[6][2]));
        for (EnrolmentFacts f : all) {
            if (!f.named() || !f.activeDuring(p)) {
                continue;
            }
            int outcome = outcome(f, p);
            int column = f.kon() == Kon.KVINNA ? 0 : 1;
            for (String s : f.supportAtStart().isEmpty() ? Set.of(ReportFigures.UNKNOWN) : f.supportAtStart()) {
                int[][] r = rows.computeIfAbsent(s, k -> new int[6][2]);
                r[ALL][column]++;
                r[outcome][column]++;
            }
        }
        List<Row> result = new ArrayList<>();
        rows.forEach((code, r) -> {
            if (r[ALL][0] + r[ALL][1] > 0) {
                result.add(new Row(code, split(r[ALL]), split(r[WORK]), split(r[STUDIES]), split(r[JOB_SEARCH]),
                        split(r[OTHER]), split(r[ACTIVE])));
            }
        });
        return result;
    }

    private static int outcome(EnrolmentFacts f, Period p) {
        if (f.endDate() == null || f.endDate().isAfter(p.to())) {
            return ACTIVE;
        }
        if (f.exitReasons().contains(ExitReasons.ARBETE)) {
            return WORK;
        }
        if (f.exitReasons().contains(ExitReasons.STUDIER)) {
            return STUDIES;
        }
        return f.exitReasons().contains(ExitReasons.AKTIVT_ARBETSSOKANDE) ? JOB_SEARCH : OTHER;
    }

    private static Split split(int[] n) {
        return new Split(n[0], n[1]);
    }
}
