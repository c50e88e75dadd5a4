package se.samspar.programme.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Rules;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeRules;
import se.samspar.programme.ReportLayout;

/** The programme's settings; used both in the new-programme dialog and on the programme page. */
class ProgrammeForm extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("programme.name"));
    final Select<ProgrammeKind> kind = new Select<>();
    final TextArea shortDescription = new TextArea(getTranslation("programme.short-description"));
    final TextArea targetGroup = new TextArea(getTranslation("programme.target-group"));
    final TextArea purpose = new TextArea(getTranslation("programme.purpose"));
    final IntegerField minAge = Fields.integerField(getTranslation("programme.min-age"));
    final IntegerField maxAge = Fields.integerField(getTranslation("programme.max-age"));
    final IntegerField targetShare = Fields.integerField(getTranslation("programme.target-share"));
    final IntegerField retentionYears = Fields.integerField(getTranslation("programme.retention-years"));
    final MultiSelectComboBox<String> municipalities = new MultiSelectComboBox<>(getTranslation("programme.municipalities"));
    final DatePicker activeFrom = Fields.datePicker(getTranslation("programme.active-from"));
    final DatePicker activeTo = Fields.datePicker(getTranslation("programme.active-to"));
    final TextField reportAgeBands = new TextField(getTranslation("programme.report-age-bands"));
    final TextField reportYearBands = new TextField(getTranslation("programme.report-year-bands"));
    final TextField reportTimeBands = new TextField(getTranslation("programme.report-time-bands"));

    private final Binder<Programme> binder = new Binder<>();
    private final FormErrors errors = new FormErrors();
    private @Nullable Programme programme;

    /**
     * @param nameTaken whether a name is used by another programme than the one with the given id
     * @param knownMunicipalities offered in the municipality list; others may be typed
     */
    ProgrammeForm(BiPredicate<String, @Nullable Long> nameTaken, Collection<String> knownMunicipalities) {
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        name.setMaxLength(Programme.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        shortDescription.setMaxLength(Programme.SHORT_DESCRIPTION_MAX);
        targetGroup.setMaxLength(Programme.TEXT_MAX);
        purpose.setMaxLength(Programme.TEXT_MAX);
        targetShare.setSuffixComponent(new Span("%"));
        targetShare.setHelperText(getTranslation("programme.target-share.help"));
        retentionYears.setSuffixComponent(new Span(getTranslation("programme.retention-years.unit")));
        retentionYears.setHelperText(getTranslation("programme.retention-years.help"));
        municipalities.setItems(new LinkedHashSet<>(knownMunicipalities));
        municipalities.setAllowCustomValue(true);
        municipalities.addCustomValueSetListener(e -> {
            String value = e.getDetail() == null ? "" : e.getDetail().strip();
            if (!value.isEmpty() && value.length() <= Programme.MUNICIPALITY_MAX) {
                Set<String> items = new LinkedHashSet<>(knownMunicipalities);
                items.addAll(municipalities.getValue());
                items.add(value);
                municipalities.setItems(items);
                Set<String> selected = new LinkedHashSet<>(municipalities.getValue());
                selected.add(value);
                municipalities.setValue(selected);
            }
        });
        activeFrom.setRequiredIndicatorVisible(true);
        activeTo.setHelperText(getTranslation("programme.active-to.help"));

        binder.forField(name)
                .asRequired(getTranslation("programme.error.name-required"))
                .withValidator(Rules.of(ProgrammeRules::checkName))
                .withValidator(Rules.of(n -> nameTaken.test(n, programme == null ? null : programme.getId())
                        ? Optional.of("programme.error.name-taken") : Optional.empty()))
                .bind(Programme::getName, Programme::setName);
        binder.forField(kind).asRequired(getTranslation("error.required"))
                .bind(Programme::getKind, Programme::setKind);
        binder.forField(shortDescription).bind(Programme::getShortDescription, Programme::setShortDescription);
        binder.forField(targetGroup).bind(Programme::getTargetGroup, Programme::setTargetGroup);
        binder.forField(purpose).bind(Programme::getPurpose, Programme::setPurpose);
        binder.forField(minAge).withValidator(Rules.of(ProgrammeRules::checkAge))
                .bind(Programme::getMinAge, Programme::setMinAge);
        binder.forField(maxAge).withValidator(Rules.of(ProgrammeRules::checkAge))
                .withValidator(Rules.of(max -> ProgrammeRules.checkAgeLimits(minAge.getValue(), max)))
                .bind(Programme::getMaxAge, Programme::setMaxAge);
        binder.forField(retentionYears).withValidator(Rules.of(ProgrammeRules::checkRetentionYears))
                .bind(Programme::getRetentionYears, Programme::setRetentionYears);
        binder.forField(targetShare).withValidator(Rules.of(ProgrammeRules::checkTargetShare))
                .bind(Programme::getTargetShareWorkOrStudies, Programme::setTargetShareWorkOrStudies);
        bands(reportAgeBands, "programme.report-age-bands.help", ReportLayout.AGE_MAX)
                .bind(Programme::getReportAgeBands, Programme::setReportAgeBands);
        bands(reportYearBands, "programme.report-year-bands.help", ReportLayout.YEARS_MAX)
                .bind(Programme::getReportYearBands, Programme::setReportYearBands);
        bands(reportTimeBands, "programme.report-time-bands.help", ReportLayout.MONTHS_MAX)
                .bind(Programme::getReportTimeBands, Programme::setReportTimeBands);
        binder.forField(municipalities).bind(Programme::getMunicipalities, Programme::setMunicipalities);
        binder.forField(activeFrom).asRequired(getTranslation("error.required"))
                .bind(Programme::getActiveFrom, Programme::setActiveFrom);
        binder.forField(activeTo)
                .withValidator(Rules.of(to -> ProgrammeRules.checkPeriod(activeFrom.getValue(), to)))
                .bind(Programme::getActiveTo, Programme::setActiveTo);
        // A reversed pair is reported at its second field, and cleared when either side changes.
        minAge.addValueChangeListener(e -> binder.validate());
        activeFrom.addValueChangeListener(e -> {
            if (activeTo.getValue() != null) {
                binder.validate();
            }
        });

        errors.field("name", name).field("minAge", minAge).field("maxAge", maxAge)
                .field("targetShareWorkOrStudies", targetShare).field("activeFrom", activeFrom)
                .field("retentionYears", retentionYears)
                .field("activeTo", activeTo).field("shortDescription", shortDescription)
                .field("targetGroup", targetGroup).field("purpose", purpose)
                .field("municipalities", municipalities).field("reportAgeBands", reportAgeBands)
                .field("reportYearBands", reportYearBands).field("reportTimeBands", reportTimeBands);

        form.add(name, kind, activeFrom, activeTo, minAge, maxAge, targetShare, retentionYears, municipalities);
        form.add(shortDescription, 2);
        form.add(targetGroup, 2);
        form.add(purpose, 2);
        form.add(reportAgeBands, reportYearBands, reportTimeBands);
    }

    /** A report band setting: comma-separated rising numbers, checked by the same rule as the service's. */
    private Binder.BindingBuilder<Programme, String> bands(TextField field, String helpKey, int max) {
        field.setMaxLength(ReportLayout.TEXT_MAX);
        field.setHelperText(getTranslation(helpKey));
        field.setClearButtonVisible(true);
        return binder.forField(field).withNullRepresentation("")
                .withValidator(Rules.of(text -> ReportLayout.check(text, max)));
    }

    void edit(Programme programme) {
        this.programme = programme;
        Set<String> items = new LinkedHashSet<>();
        municipalities.getListDataView().getItems().forEach(items::add);
        items.addAll(programme.getMunicipalities());
        municipalities.setItems(items);
        binder.readBean(programme);
    }

    /** Writes the fields into the programme if every field is valid. */
    Optional<Programme> validatedProgramme() {
        if (programme == null) {
            return Optional.empty();
        }
        try {
            binder.writeBean(programme);
            return Optional.of(programme);
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void showError(InvalidInputException e) {
        errors.show(e);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
