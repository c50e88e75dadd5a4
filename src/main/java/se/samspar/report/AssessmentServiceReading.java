package se.samspar.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samspar.assessment.AssessmentFacts;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.Dimension;

/** The reports' and the statistics' reading of the assessments, from the assessment module (report → assessment). */
@Component
class AssessmentServiceReading implements AssessmentReading {

    private final AssessmentService assessments;

    AssessmentServiceReading(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<AssessmentFacts> facts(long programmeId, LocalDate from, LocalDate to) {
        return assessments.factsForFigures(programmeId, from, to);
    }

    @Override
    public Map<Long, List<AssessmentFacts>> facts(java.util.Collection<Long> programmeIds, LocalDate from,
                                                  LocalDate to) {
        return assessments.factsForFigures(programmeIds, from, to);
    }

    @Override
    public Map<String, String> dimensions(long programmeId) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Dimension d : assessments.dimensionsForFigures(programmeId)) {
            m.put(d.code(), d.label());
        }
        return m;
    }
}
