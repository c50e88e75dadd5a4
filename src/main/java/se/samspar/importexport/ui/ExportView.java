package se.samspar.importexport.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Fields;
import se.samspar.base.ui.FormErrors;
import se.samspar.importexport.ImportService;
import se.samspar.importexport.Table;
import se.samspar.importexport.Workbooks;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.report.Period;

/**
 * A programme's data for a period, as XLSX or as CSV files in a zip, in the import's format: for
 * the förbund's own analyses, and to move the history to another installation. The programme's
 * coordinator's: it carries personal data, which the administrator does not see.
 */
@Route("export")
@Menu(order = 71, title = "menu.export", icon = "vaadin:download")
@RolesAllowed(Role.SAMORDNARE_NAME)
public class ExportView extends Main implements HasDynamicTitle {

    final Select<Programme> programme = new Select<>();
    final DatePicker from = Fields.datePicker(getTranslation("export.from"));
    final DatePicker to = Fields.datePicker(getTranslation("export.to"));
    final Anchor xlsx;
    final Anchor csv;
    private final ImportService imports;

    ExportView(ImportService imports, ProgrammeService programmes, Clock clock) {
        this.imports = imports;
        addClassName("list-view");
        List<Programme> own = programmes.visibleProgrammes();
        programme.setLabel(getTranslation("export.programme"));
        programme.setItems(own);
        programme.setItemLabelGenerator(Programme::getName);
        programme.setWidth("22rem");
        if (!own.isEmpty()) {
            programme.setValue(own.getFirst());
        }
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        xlsx = download("export.xlsx", "xlsx", Workbooks.XLSX_TYPE, Workbooks::xlsx);
        csv = download("export.csv", "zip", "application/zip", Workbooks::csvZip);
        programme.addValueChangeListener(e -> check());
        from.addValueChangeListener(e -> check());
        to.addValueChangeListener(e -> check());
        HorizontalLayout filters = new HorizontalLayout(programme, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.help")), filters,
                new HorizontalLayout(xlsx, csv));
        check();
    }

    private Anchor download(String label, String extension, String type, Function<List<Table>, byte[]> format) {
        return Downloads.link(getTranslation(label), () -> {
            Period period = Period.entered(from.getValue(), to.getValue());
            byte[] bytes = format.apply(imports.export(programme.getValue().getId(), period.from(), period.to()));
            String name = "samspar-" + programme.getValue().getName().replaceAll("[^\\p{L}0-9]+", "-") + "-"
                    + period.from() + "-" + period.to() + "." + extension;
            return new Downloads.File(name, type, bytes);
        });
    }

    /** The links work only for a programme and a valid period; what is wrong is said at the field. */
    private void check() {
        from.setInvalid(false);
        to.setInvalid(false);
        boolean ok = programme.getValue() != null;
        try {
            Period.entered(from.getValue(), to.getValue());
        } catch (InvalidInputException e) {
            new FormErrors().field("from", from).field("to", to).show(e);
            ok = false;
        }
        xlsx.setEnabled(ok);
        csv.setEnabled(ok);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
