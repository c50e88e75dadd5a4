package se.samspar.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.samspar.assessment.AssessmentDraft;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentRules;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.RecordedAssessment;
import se.samspar.base.InvalidInputException.Problem;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.TextLimits;

/**
 * A new assessment or a change to one: the day, the kind, the overall step and a score with an
 * optional comment per dimension of its template; when an exit assessment has no start
 * assessment, the reason it is entered anyway. Every field that is wrong is marked at once.
 */
class AssessmentDialog extends Dialog {

    final DatePicker date = Fields.datePicker(getTranslation("assessment.date"));
    final Select<Kind> kind = new Select<>();
    final Select<Integer> step = new Select<>();
    final Map<String, Select<Integer>> scores = new LinkedHashMap<>();
    final Map<String, TextField> comments = new LinkedHashMap<>();
    final TextArea overrideReason = new TextArea(getTranslation("assessment.override-reason"));
    final Button save = new Button(getTranslation("action.save"));

    AssessmentDialog(AssessmentService service, AssessmentService.Overview o, @Nullable RecordedAssessment edited,
                     Runnable onSaved) {
        AssessmentTemplate template = edited == null ? o.current() : o.templateOf(edited);
        AssessmentRules.Context context = o.context(edited == null ? null : edited.id());
        setHeaderTitle(getTranslation(edited == null ? "assessment.new" : "assessment.edit"));
        setWidth("min(52rem, 95vw)");
        addClassName("assessment-dialog");

        kind.setLabel(getTranslation("assessment.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(AssessmentSection.kindKey(k)));
        step.setLabel(getTranslation("assessment.step"));
        step.setItems(java.util.stream.IntStream.rangeClosed(1, template.ladder().size()).boxed().toList());
        step.setItemLabelGenerator(s -> s == null ? "" : s + " – " + template.stepLabel(s));
        step.setHelperText(getTranslation("assessment.step.help"));
        TextLimits.limit(overrideReason, AssessmentDraft.COMMENT_MAX);
        overrideReason.setHelperText(getTranslation("assessment.override-reason.help"));

        Binder<AssessmentDraft> binder = new Binder<>();
        String required = getTranslation("error.required");
        binder.forField(date).asRequired(required).withValidator(rule(d -> AssessmentRules.date(d, context)))
                .bind(AssessmentDraft::getDate, AssessmentDraft::setDate);
        binder.forField(kind).asRequired(required).withValidator(rule(k -> AssessmentRules.kind(k, context)))
                .bind(AssessmentDraft::getKind, AssessmentDraft::setKind);
        binder.forField(step).asRequired(required).withValidator(rule(s -> AssessmentRules.step(template, s)))
                .bind(AssessmentDraft::getStep, AssessmentDraft::setStep);
        FormErrors errors = new FormErrors().field("date", date).field("kind", kind).field("step", step)
                .field("overrideReason", overrideReason);
        FormLayout form = new FormLayout(date, kind);
        form.add(step, 2);
        for (AssessmentTemplate.TemplateDimension d : template.dimensions()) {
            Select<Integer> score = new Select<>();
            score.setLabel(d.label());
            score.setItems(d.scale().stream().map(AssessmentTemplate.ScaleStep::value).toList());
            score.setItemLabelGenerator(v -> v == null ? "" : v + " – " + d.describe(v).orElse(""));
            score.addClassName("assessment-score");
            TextField comment = new TextField(getTranslation("assessment.comment", d.label()));
            TextLimits.limit(comment, AssessmentDraft.COMMENT_MAX);
            binder.forField(score).asRequired(required).withValidator(rule(v -> AssessmentRules.score(d, v)))
                    .bind(b -> b.getScore(d.code()), (b, v) -> b.setScore(d.code(), v));
            binder.forField(comment).bind(b -> b.getComment(d.code()) == null ? "" : b.getComment(d.code()),
                    (b, v) -> b.setComment(d.code(), v));
            errors.field("score." + d.code(), score).field("comment." + d.code(), comment);
            scores.put(d.code(), score);
            comments.put(d.code(), comment);
            form.add(score, comment);
        }
        binder.forField(overrideReason)
                .withValidator(rule(r -> AssessmentRules.overrideReason(kind.getValue(), r, context)))
                .bind(b -> b.getOverrideReason() == null ? "" : b.getOverrideReason(), AssessmentDraft::setOverrideReason);
        form.add(overrideReason, 2);
        add(form);

        binder.readBean(edited == null ? fresh(o, context) : AssessmentDraft.of(edited));
        overrideReason.setVisible(AssessmentRules.needsReason(kind.getValue(), context));
        kind.addValueChangeListener(e -> overrideReason.setVisible(AssessmentRules.needsReason(e.getValue(), context)));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            AssessmentDraft draft = new AssessmentDraft();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            if (errors.save(() -> {
                if (edited == null) {
                    service.record(o.enrolmentId(), draft);
                } else {
                    service.edit(edited.id(), edited.version(), draft);
                }
            })) {
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** A new assessment: today (or the exit day), the kind the enrolment needs next. */
    private static AssessmentDraft fresh(AssessmentService.Overview o, AssessmentRules.Context context) {
        LocalDate day = o.end() != null && o.end().isBefore(o.today()) ? o.end() : o.today();
        Kind next = !context.hasStart() && o.end() == null ? Kind.START
                : o.end() != null && !context.otherKinds().contains(Kind.EXIT) ? Kind.EXIT : Kind.FOLLOW_UP;
        return new AssessmentDraft(day, next, null);
    }

    /** A rule of the domain as a binder validator, with its message's values. */
    private static <T> Validator<T> rule(Function<T, Optional<Problem>> rule) {
        return (value, ctx) -> rule.apply(value)
                .map(p -> ValidationResult.error(I18NProvider.translate(p.messageKey(), p.arguments())))
                .orElse(ValidationResult.ok());
    }

    /** For tests: every field's error message, empty where the field is fine. */
    List<String> errorsShown() {
        List<com.vaadin.flow.component.HasValidation> fields = new java.util.ArrayList<>();
        fields.add(date);
        fields.add(kind);
        fields.add(step);
        scores.values().forEach(fields::add);
        fields.add(overrideReason);
        return fields.stream().map(f -> f.isInvalid() ? f.getErrorMessage() : "").toList();
    }
}
