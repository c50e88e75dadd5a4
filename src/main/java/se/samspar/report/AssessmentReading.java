package se.samspar.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samspar.assessment.AssessmentFacts;

/**
 * What the reports read of the assessments (stegförflyttning): the enrolments of a programme that
 * touch the days from–to with their assessments, and the programme's dimensions. Optional: without
 * an implementation the reports have no Stegförflyttning section.
 */
public interface AssessmentReading {

    /** The programme's enrolments active at some day from–to, each with its assessments in date order. */
    List<AssessmentFacts> facts(long programmeId, LocalDate from, LocalDate to);

    /** The same for several programmes in a fixed number of statements: programme → facts (none: absent). */
    Map<Long, List<AssessmentFacts>> facts(java.util.Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** The programme's assessment dimensions, code → label, in the template's order (empty without a template). */
    Map<String, String> dimensions(long programmeId);
}
