package se.samspar.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samspar.assessment.AssessmentDraft;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;

/**
 * Stegförflyttning for the demo participants, entered by staff: a start assessment a week after
 * the start, a follow-up every 13 weeks and an exit assessment for those who exited, mostly
 * moving up. The second participant of each programme has none yet, so that "Mina deltagare"
 * shows a start assessment overdue.
 */
final class DemoAssessments {

    private static final String[] COMMENTS = {"Sover bättre sedan medicinen justerades",
        "Kommer i tid till nästan alla träffar", "Vill pröva praktik inom handel"};

    private DemoAssessments() {
    }

    static void assessIfEmpty(AssessmentService assessments, PersonService persons, long programmeId, LocalDate today) {
        List<ParticipantRow> rows = new ArrayList<>(persons.acceptedIn(programmeId, today.minusYears(1)));
        rows.removeIf(r -> r.startDate() == null || r.startDate().isAfter(today));
        rows.sort(java.util.Comparator.comparing(ParticipantRow::startDate).reversed());
        for (int i = 0; i < rows.size(); i++) {
            ParticipantRow r = rows.get(i);
            if (i == 1 || !assessments.overview(r.enrolmentId()).assessments().isEmpty()) {
                continue;
            }
            LocalDate last = r.endDate() == null ? today : r.endDate();
            int n = 0;
            for (LocalDate day = r.startDate().plusWeeks(1); !day.isAfter(last) && (r.endDate() == null
                    || day.isBefore(r.endDate())); day = day.plusWeeks(13)) {
                assessments.record(r.enrolmentId(), draft(day, n == 0 ? Kind.START : Kind.FOLLOW_UP, i, n));
                n++;
            }
            if (r.endDate() != null && !r.endDate().isAfter(today)) {
                // Mikael Ström exited to work (DemoParticipants): the top of the ladder.
                boolean toWork = "Ström".equals(r.lastName());
                AssessmentDraft exit = draft(r.endDate(), Kind.EXIT, i, toWork ? n + 2 : n);
                if (toWork) {
                    exit.setStep(AssessmentTemplate.defaultLadder().size());
                }
                assessments.record(r.enrolmentId(), exit);
            }
        }
    }

    /** The n:th assessment of the i:th participant: everyone starts low and moves up a little each time. */
    private static AssessmentDraft draft(LocalDate day, Kind kind, int i, int n) {
        AssessmentDraft d = new AssessmentDraft(day, kind, Math.min(6, 2 + i % 2 + n));
        List<AssessmentTemplate.TemplateDimension> dims = AssessmentTemplate.defaultDimensions();
        for (int k = 0; k < dims.size(); k++) {
            int score = Math.min(5, 1 + (i + k) % 3 + n * (k % 2 == 0 ? 1 : 0) + n / 2);
            String comment = n == 0 && k == i % dims.size() ? COMMENTS[i % COMMENTS.length] : null;
            d.score(dims.get(k).code(), score, comment);
        }
        return d;
    }
}
