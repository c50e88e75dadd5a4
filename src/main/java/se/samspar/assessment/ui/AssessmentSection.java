package se.samspar.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import se.samspar.assessment.AssessmentDue;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.RecordedAssessment;

/**
 * "Stegförflyttning" on an enrolment's card: when the next assessment is due, the trajectory as a
 * chart, every assessment with its step and scores, and buttons to add or change one.
 */
class AssessmentSection extends Div {

    private final AssessmentService service;
    private final long enrolmentId;
    final Button add = new Button();
    final List<Button> edits = new ArrayList<>();
    AssessmentService.Overview overview;

    AssessmentSection(AssessmentService service, long enrolmentId) {
        this.service = service;
        this.enrolmentId = enrolmentId;
        addClassName("assessment-section");
        add.setText(getTranslation("assessment.new"));
        add.addThemeVariants(ButtonVariant.SMALL);
        add.addClickListener(e -> new AssessmentDialog(service, overview, null, this::render).open());
        render();
    }

    static String kindKey(Kind kind) {
        return "assessment.kind." + kind.name().toLowerCase().replace('_', '-');
    }

    void render() {
        removeAll();
        edits.clear();
        overview = service.overview(enrolmentId);
        add(new H4(getTranslation("assessment.title")));
        overview.due().ifPresent(d -> {
            Span due = new Span(dueText(d));
            due.addClassName(d.overdue() ? "assessment-overdue" : "assessment-due");
            add(due);
        });
        List<RecordedAssessment> list = overview.assessments();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.none")));
        } else {
            List<String> columns = new ArrayList<>();
            for (RecordedAssessment a : list) {
                String label = a.date() + " " + getTranslation(kindKey(a.kind()) + ".short");
                // Two on one day stay two columns.
                while (columns.contains(label)) {
                    label = label + " ";
                }
                columns.add(label);
            }
            Svg chart = new Svg(TrajectoryChart.svg(overview, columns, 560, 240));
            chart.addClassName("assessment-chart");
            chart.getElement().setAttribute("aria-label", getTranslation("assessment.chart"));
            add(chart);
            UnorderedList items = new UnorderedList();
            items.addClassName("assessment-list");
            for (RecordedAssessment a : list) {
                items.add(item(a));
            }
            add(items);
        }
        add(add);
    }

    private ListItem item(RecordedAssessment a) {
        AssessmentTemplate t = overview.templateOf(a);
        Span head = new Span(a.date() + " · " + getTranslation(kindKey(a.kind())) + " · "
                + getTranslation("assessment.step-of", a.step(), t.ladder().size(), t.stepLabel(a.step())));
        head.addClassName("assessment-head");
        List<String> parts = new ArrayList<>();
        for (AssessmentTemplate.TemplateDimension d : t.dimensions()) {
            Integer s = a.score(d.code());
            parts.add(d.label() + " " + (s == null ? "–" : s));
        }
        Span scores = new Span(String.join(", ", parts));
        scores.addClassName("assessment-scores");
        ListItem item = new ListItem(head, scores);
        List<String> notes = new ArrayList<>();
        for (AssessmentTemplate.TemplateDimension d : t.dimensions()) {
            var score = a.scores().get(d.code());
            if (score != null && score.comment() != null) {
                notes.add(d.label() + ": " + score.comment());
            }
        }
        if (a.overrideReason() != null) {
            notes.add(getTranslation("assessment.override-reason") + ": " + a.overrideReason());
        }
        if (!notes.isEmpty()) {
            Span comment = new Span(String.join(" · ", notes));
            comment.addClassName("assessment-comments");
            item.add(comment);
        }
        if (a.assessedBy() != null) {
            Span by = new Span(getTranslation("assessment.by", a.assessedBy()));
            by.addClassName("assessment-by");
            item.add(by);
        }
        Button edit = new Button(getTranslation("assessment.edit"),
                e -> new AssessmentDialog(service, overview, a, this::render).open());
        edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        edits.add(edit);
        item.add(edit);
        return item;
    }

    private String dueText(AssessmentDue.Due d) {
        return AssessmentTexts.due(this, d);
    }

    /** For tests: each assessment's line as shown. */
    List<String> texts() {
        return AssessmentTexts.lines(this);
    }
}
