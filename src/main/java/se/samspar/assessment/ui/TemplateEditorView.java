package se.samspar.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.SwedishTime;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;

/**
 * The coordinator edits a programme's assessment template: its dimensions, each with its labelled
 * scale, and the ladder of steps, and sees the version in force and the earlier ones. Once anyone
 * has been assessed on the version, saving creates a new one (the page says so before and after);
 * the assessments keep theirs. Every faulty field is marked at once; a colleague's save meanwhile
 * is explained and not overwritten.
 */
@Route("bedomningsmallar")
@Menu(order = 9.2, title = "menu.assessment-templates", icon = "vaadin:level-up")
@RolesAllowed(Role.SAMORDNARE_NAME)
public class TemplateEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Select<Programme> programme = new Select<>();
    final Paragraph versionInfo = new Paragraph();
    final Paragraph inUse = new Paragraph(getTranslation("assessment.template.in-use"));
    final Paragraph conflict = new Paragraph();
    final UnorderedList history = new UnorderedList();
    final Div dimensionRows = new Div();
    final List<DimensionEditor> dimensions = new ArrayList<>();
    final Div ladderBox = new Div();
    LadderEditor ladder = new LadderEditor(AssessmentTemplate.defaultLadder());
    final Button addDimension = new Button(getTranslation("assessment.template.add-dimension"),
            VaadinIcon.PLUS.create());
    final Button save = new Button(getTranslation("action.save"));
    private final AssessmentService service;
    private AssessmentTemplate template;

    TemplateEditorView(AssessmentService service, ProgrammeService programmes, CurrentUser currentUser) {
        this.service = service;
        addClassName("list-view");
        addClassName("assessment-template-view");
        List<Programme> own = programmes.visibleProgrammes().stream()
                .filter(p -> currentUser.programmeIds().contains(p.getId()) && p.getKind() != ProgrammeKind.HEADCOUNT)
                .toList();
        programme.setLabel(getTranslation("group.programme"));
        programme.setItems(own);
        programme.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        programme.setWidth("min(24rem, 90vw)");
        programme.addValueChangeListener(e -> load());
        inUse.addClassName("assessment-template-in-use");
        conflict.addClassNames("assessment-template-conflict", "notice");
        conflict.setVisible(false);
        addDimension.addClickListener(e -> {
            dimensions.add(editor(null));
            redraw();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Paragraph rules = new Paragraph(getTranslation("assessment.template.rules", service.startWeeks(),
                service.followUpWeeks()));
        Paragraph ladderHelp = new Paragraph(getTranslation("assessment.template.ladder-help"));
        add(new HorizontalLayout(programme), versionInfo, history, inUse,
                new H2(getTranslation("assessment.template.dimensions")), dimensionRows, new HorizontalLayout(addDimension),
                new H2(getTranslation("assessment.template.ladder")), ladderHelp, ladderBox,
                new H2(getTranslation("assessment.template.rules-title")), rules, conflict, new HorizontalLayout(save));
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("group.no-programmes")));
            save.setEnabled(false);
        } else {
            programme.setValue(own.getFirst());
        }
    }

    /** Every visit shows the template as saved now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        if (programme.isEmpty()) {
            return;
        }
        long programmeId = programme.getValue().getId();
        template = service.template(programmeId);
        List<AssessmentService.TemplateVersion> versions = service.templateVersions(programmeId);
        dimensions.clear();
        template.dimensions().forEach(d -> dimensions.add(editor(d)));
        ladder = new LadderEditor(template.ladder());
        ladderBox.removeAll();
        ladderBox.add(ladder);
        versionInfo.setText(getTranslation("assessment.template.version", template.versionNo()));
        history.removeAll();
        versions.forEach(v -> history.add(new ListItem(describe(v))));
        inUse.setVisible(versions.stream().anyMatch(v -> v.id() == template.id() && v.assessments() > 0));
        conflict.setVisible(false);
        redraw();
    }

    private String describe(AssessmentService.TemplateVersion v) {
        StringBuilder s = new StringBuilder(getTranslation(v.current() ? "assessment.template.history.current"
                : "assessment.template.history.earlier", v.versionNo(), SwedishTime.STAMP.format(v.createdAt()),
                v.createdBy()));
        if (v.changedAt() != null) {
            s.append(" · ").append(getTranslation("assessment.template.history.changed",
                    SwedishTime.STAMP.format(v.changedAt()), v.changedBy()));
        }
        return s.append(" · ").append(getTranslation("assessment.template.history.assessed", v.assessments()))
                .toString();
    }

    private void redraw() {
        dimensionRows.removeAll();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionEditor d = dimensions.get(i);
            d.up.setEnabled(i > 0);
            d.down.setEnabled(i < dimensions.size() - 1);
            d.remove.setEnabled(dimensions.size() > 1);
            dimensionRows.add(d);
        }
    }

    /** An editor of a dimension (null: a new one), its buttons moving and removing it. */
    private DimensionEditor editor(AssessmentTemplate.@Nullable TemplateDimension dimension) {
        DimensionEditor d = new DimensionEditor(dimension);
        d.up.addClickListener(e -> move(d, -1));
        d.down.addClickListener(e -> move(d, 1));
        d.remove.addClickListener(e -> {
            dimensions.remove(d);
            redraw();
        });
        return d;
    }

    private void move(DimensionEditor d, int step) {
        int i = dimensions.indexOf(d);
        int j = i + step;
        if (j >= 0 && j < dimensions.size()) {
            dimensions.set(i, dimensions.get(j));
            dimensions.set(j, d);
            redraw();
        }
    }

    /** The dimensions as the service takes them: a new one gets a code from its name no other has. */
    private List<AssessmentTemplate.TemplateDimension> edited() {
        Set<String> taken = new HashSet<>();
        dimensions.stream().map(DimensionEditor::code).filter(java.util.Objects::nonNull).forEach(taken::add);
        List<AssessmentTemplate.TemplateDimension> result = new ArrayList<>();
        for (DimensionEditor d : dimensions) {
            String code = d.code();
            if (code == null) {
                code = freeCode(d.label.getValue(), taken);
                taken.add(code);
            }
            result.add(d.dimension(code));
        }
        return result;
    }

    static String freeCode(String label, Set<String> taken) {
        String base = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "OMRADE";
        }
        base = base.substring(0, Math.min(base.length(), AssessmentTemplate.CODE_MAX - 3));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private void save() {
        FormErrors errors = new FormErrors();
        for (int i = 0; i < dimensions.size(); i++) {
            dimensions.get(i).register(errors, i);
        }
        ladder.register(errors);
        errors.clear();
        conflict.setVisible(false);
        try {
            AssessmentService.TemplateChange change = service.saveTemplate(programme.getValue().getId(), template,
                    edited(), ladder.ladder());
            Notifications.success(getTranslation("assessment.template.saved." + change.name(),
                    template.versionNo() + 1));
            load();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            conflict.setText(getTranslation("assessment.template.conflict"));
            conflict.setVisible(true);
            Notifications.error(getTranslation("assessment.template.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.assessment-templates");
    }
}
