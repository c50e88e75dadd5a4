package se.samspar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.Period;

/**
 * Small random populations of a programme, as the board's versions meet them in a förbund: a
 * dozen persons or so, a few exits, one or two anonymous; seeded, so a failing one can be rerun.
 */
public final class BoardPopulations {

    public static final Period H2_2018 = new Period(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31));
    public static final List<String> EDUCATION = List.of("GRUNDSKOLA", "GYMNASIUM", "HOGSKOLA");
    public static final List<String> SUPPORT = List.of("FORSORJNINGSSTOD", "SJUKPENNING", "A_KASSA",
            "AKTIVITETSERSATTNING", "AKTIVITETSSTOD", "INGEN");
    public static final List<String> REASONS = List.of(ExitReasons.ARBETE, ExitReasons.STUDIER,
            ExitReasons.AKTIVT_ARBETSSOKANDE, ExitReasons.FORTSATT_REHABILITERING, ExitReasons.SJUKDOM,
            ExitReasons.FLYTT, ExitReasons.UTAN_MATNING);

    private BoardPopulations() {
    }

    /** {@code size} persons active in 2018 (over both halves), with their enrolments' facts. */
    public static List<EnrolmentFacts> of(long seed, int size) {
        Random r = new Random(seed);
        List<EnrolmentFacts> facts = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            Kon kon = r.nextInt(5) < 3 ? Kon.KVINNA : Kon.MAN;
            int age = 19 + r.nextInt(45);
            LocalDate start = LocalDate.of(2017, 9, 1).plusDays(r.nextInt(420));
            LocalDate end = r.nextInt(3) == 0 ? null : start.plusDays(30 + r.nextInt(300));
            if (end != null && end.isAfter(LocalDate.of(2018, 12, 31))) {
                end = null;
            }
            Set<String> reasons = new HashSet<>();
            if (end != null) {
                reasons.add(REASONS.get(r.nextInt(REASONS.size())));
                if (r.nextInt(6) == 0) {
                    reasons.add(REASONS.get(r.nextInt(REASONS.size())));
                }
            }
            Set<String> support = new HashSet<>();
            support.add(SUPPORT.get(r.nextInt(SUPPORT.size())));
            if (r.nextInt(4) == 0) {
                support.add(SUPPORT.get(r.nextInt(SUPPORT.size())));
            }
            Integer years = r.nextInt(8) == 0 ? null : r.nextInt(16);
            String education = r.nextInt(10) == 0 ? null : EDUCATION.get(r.nextInt(EDUCATION.size()));
            boolean anonymous = r.nextInt(12) == 0;
            facts.add(new EnrolmentFacts(n, n, kon, 2018 - age, LocalDate.of(2018 - age, 1 + r.nextInt(12), 1), start,
                    end, reasons, education, support, years, false, anonymous));
        }
        return facts;
    }

    /** The assessment dimensions of the random populations, code → label. */
    public static final java.util.Map<String, String> DIMENSIONS = dimensions();

    private static java.util.Map<String, String> dimensions() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("HALSA", "Hälsa");
        m.put("VARDAGSSTRUKTUR", "Vardagsstruktur");
        m.put("MOTIVATION", "Motivation");
        return m;
    }

    /**
     * The enrolments' assessments, seeded: most have one at start (a step of 1–5 and a score of
     * 1–5 per dimension, now and then one missing), some a follow-up, most of the exited one at
     * exit a step or two up or down.
     */
    public static List<se.samspar.assessment.AssessmentFacts> assessments(long seed, List<EnrolmentFacts> facts) {
        Random r = new Random(seed * 31 + 7);
        List<se.samspar.assessment.AssessmentFacts> result = new ArrayList<>();
        for (EnrolmentFacts f : facts) {
            List<se.samspar.assessment.AssessmentFacts.Assessment> list = new ArrayList<>();
            int step = 1 + r.nextInt(5);
            java.util.Map<String, Integer> scores = new java.util.HashMap<>();
            DIMENSIONS.keySet().forEach(d -> scores.put(d, 1 + r.nextInt(5)));
            if (f.startDate() != null && r.nextInt(6) > 0) {
                java.util.Map<String, Integer> start = new java.util.HashMap<>(scores);
                if (r.nextInt(8) == 0) {
                    start.remove("MOTIVATION");
                }
                list.add(new se.samspar.assessment.AssessmentFacts.Assessment(f.startDate().plusDays(r.nextInt(20)),
                        se.samspar.assessment.AssessmentFacts.Kind.START, step, start));
            }
            if (f.endDate() != null && r.nextInt(6) > 0) {
                int exitStep = Math.max(1, Math.min(7, step - 1 + r.nextInt(4)));
                java.util.Map<String, Integer> exit = new java.util.HashMap<>();
                scores.forEach((d, v) -> exit.put(d, Math.max(1, Math.min(5, v - 1 + r.nextInt(4)))));
                if (r.nextInt(3) == 0) {
                    list.add(new se.samspar.assessment.AssessmentFacts.Assessment(f.endDate().minusDays(20),
                            se.samspar.assessment.AssessmentFacts.Kind.FOLLOW_UP, step, scores));
                }
                list.add(new se.samspar.assessment.AssessmentFacts.Assessment(f.endDate(),
                        se.samspar.assessment.AssessmentFacts.Kind.EXIT, exitStep, exit));
            }
            result.add(new se.samspar.assessment.AssessmentFacts(f.enrolmentId(), f.personId(), f.kon(), f.anonymous(),
                    f.startDate(), f.endDate(), f.exitReasons(), f.supportAtStart(), list));
        }
        return result;
    }

    /** The exact values of the exited of the period: ages at exit, years in support, whole months in the programme. */
    public static BoardPdfCheck.Population exited(List<EnrolmentFacts> facts, Period p) {
        List<EnrolmentFacts> exited = facts.stream().filter(EnrolmentFacts::named).filter(f -> f.exitedIn(p)).toList();
        return BoardPdfCheck.Population.of(exited.stream().map(f -> f.ageOn(f.endDate())).toList(),
                exited.stream().map(EnrolmentFacts::yearsInSupport).filter(y -> y != null).toList(),
                exited.stream().filter(f -> f.startDate() != null)
                        .map(f -> (int) ChronoUnit.MONTHS.between(f.startDate(), f.endDate())).toList());
    }
}
