package se.samspar.importexport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.ui.Background;
import se.samspar.base.ui.Notifications;
import se.samspar.importexport.ImportFile;
import se.samspar.importexport.ImportService;
import se.samspar.importexport.Importer;
import se.samspar.importexport.Problem;
import se.samspar.importexport.Workbooks;

/**
 * Import of history from a workbook or CSV files: upload, read the dry run (every row created,
 * changed, unchanged or refused, with where and why), then import it all in one go — possible only
 * when no row is refused, so that nothing is ever half-imported.
 */
@Route("import")
@Menu(order = 70, title = "menu.import", icon = "vaadin:upload")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.ADMIN_NAME})
public class ImportView extends Main implements HasDynamicTitle {

    /** One line of the dry-run report: a row's outcome, or one of its problems. */
    public record Line(String sheet, int row, String action, String what, String column, String value, String message) {
    }

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Checkbox onlyRefused = new Checkbox();
    final Grid<Line> report = new Grid<>();
    final Button importButton = new Button();
    final ProgressBar progress = new ProgressBar();
    private final ImportService imports;
    private List<Line> lines = List.of();
    private String fileName;
    private byte[] file;
    private ImportFile.Content content;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("list-view");
        add(new com.vaadin.flow.component.html.H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.help")));
        Anchor template = Downloads.link(getTranslation("import.template"), () -> new Downloads.File(
                "samspar-importmall.xlsx", Workbooks.XLSX_TYPE, imports.template()));

        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                // Never more than the limit in memory, whatever the browser was told.
                byte[] data = event.getInputStream().readNBytes((int) ImportFile.MAX_BYTES + 1);
                String name = event.getFileName();
                event.getUI().access(() -> received(name, data));
            }

            @Override
            public long getFileSizeMax() {
                return ImportFile.MAX_BYTES;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", ".zip");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.error.too-large",
                ImportFile.MAX_BYTES / 1024 / 1024)));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("import.error.too-large", ImportFile.MAX_BYTES / 1024 / 1024))
                        .setIncorrectFileType(getTranslation("import.error.file-type"))
                        .setTooManyFiles(getTranslation("import.one-file"))));

        progress.setIndeterminate(true);
        progress.setVisible(false);
        onlyRefused.setLabel(getTranslation("import.only-refused"));
        onlyRefused.addValueChangeListener(e -> showLines());
        report.addColumn(Line::sheet).setHeader(getTranslation("import.col.sheet")).setWidth("9rem").setFlexGrow(0);
        report.addColumn(Line::row).setHeader(getTranslation("import.col.row")).setWidth("4.5rem").setFlexGrow(0);
        report.addColumn(Line::action).setHeader(getTranslation("import.col.action")).setWidth("7.5rem").setFlexGrow(0);
        report.addColumn(Line::what).setHeader(getTranslation("import.col.what")).setFlexGrow(2);
        report.addColumn(Line::column).setHeader(getTranslation("import.col.column")).setAutoWidth(true);
        report.addColumn(Line::value).setHeader(getTranslation("import.col.value")).setAutoWidth(true);
        report.addColumn(Line::message).setHeader(getTranslation("import.col.message")).setFlexGrow(3);
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        report.setPartNameGenerator(l -> l.message().isEmpty() ? null : "refused");
        report.setVisible(false);
        report.setEmptyStateText(getTranslation("import.report.empty"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(e -> commit());
        add(template, upload, progress, summary, importButton, onlyRefused, report);
        onlyRefused.setVisible(false);
    }

    void received(String name, byte[] data) {
        // The next file (the corrected one) replaces this one.
        upload.clearFileList();
        fileName = name;
        file = data;
        content = ImportFile.read(name, new ByteArrayInputStream(data));
        importButton.setVisible(false);
        summary.setText(getTranslation("import.checking"));
        Background.run(UI.getCurrent(), () -> imports.dryRun(content), progress, this::show,
                e -> Notifications.error(getTranslation("import.failed")));
    }

    private void show(Importer.Plan plan) {
        List<Line> all = new ArrayList<>();
        for (Problem p : plan.fileProblems()) {
            all.add(new Line(p.sheet(), p.row(), getTranslation("import.action.REFUSED"), "", p.column(), p.value(),
                    getTranslation(p.key(), p.args().toArray())));
        }
        for (Importer.Outcome o : plan.outcomes()) {
            String action = getTranslation("import.action." + o.action().name());
            if (o.problems().isEmpty()) {
                all.add(new Line(o.sheet().title(), o.row(), action, o.what(), "", "", ""));
            }
            for (Problem p : o.problems()) {
                all.add(new Line(o.sheet().title(), o.row(), action, o.what(), p.column(), p.value(),
                        getTranslation(p.key(), p.args().toArray())));
            }
        }
        lines = all;
        Map<Importer.Action, Long> counts = plan.counts();
        if (!plan.fileProblems().isEmpty()) {
            summary.setText(getTranslation("import.summary.file-refused", fileName));
        } else {
            summary.setText(getTranslation("import.summary", fileName, counts.get(Importer.Action.CREATE),
                    counts.get(Importer.Action.CHANGE), counts.get(Importer.Action.UNCHANGED),
                    counts.get(Importer.Action.REFUSED)) + " " + getTranslation(plan.refused() ? "import.fix-first"
                    : plan.committable() ? "import.ready" : "import.nothing"));
        }
        importButton.setText(getTranslation("import.commit", counts.get(Importer.Action.CREATE)
                + counts.get(Importer.Action.CHANGE)));
        importButton.setVisible(plan.committable());
        onlyRefused.setVisible(true);
        onlyRefused.setValue(plan.refused());
        report.setVisible(true);
        showLines();
    }

    private void showLines() {
        report.setItems(onlyRefused.getValue() ? lines.stream().filter(l -> !l.message().isEmpty()).toList() : lines);
    }

    private void commit() {
        importButton.setEnabled(false);
        Background.run(UI.getCurrent(), () -> imports.commit(fileName, file, content), progress, plan -> {
            importButton.setEnabled(true);
            importButton.setVisible(false);
            Notifications.success(getTranslation("import.done", ImportService.summary(plan)));
            summary.setText(getTranslation("import.done", ImportService.summary(plan)));
            report.setVisible(false);
            onlyRefused.setVisible(false);
            upload.clearFileList();
        }, e -> {
            importButton.setEnabled(true);
            Notifications.error(getTranslation(e instanceof InvalidInputException i ? i.messageKey() : "import.failed"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
