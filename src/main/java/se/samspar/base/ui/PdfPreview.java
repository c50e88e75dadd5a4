package se.samspar.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A PDF shown in the page, with the progress shown while a slow one is being made; and the
 * question asked before a report is published to the board. Used by the programme reports and
 * the board's statistics.
 */
public class PdfPreview extends Composite<Div> {

    final Div progress = new Div();
    final IFrame frame = new IFrame();
    private byte @Nullable [] shown;

    public PdfPreview() {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        progress.add(new Span(getTranslation("report.generating")), bar);
        progress.addClassName("report-progress");
        progress.setVisible(false);
        frame.addClassName("report-preview");
        frame.setVisible(false);
        frame.getElement().setAttribute("title", getTranslation("report.preview.frame"));
        getContent().add(progress, frame);
        getContent().setWidthFull();
    }

    /** What to show while the PDF is being made (for {@link se.samspar.base.ui.Background}). */
    public Div progress() {
        return progress;
    }

    public void show(byte[] pdf, String fileName) {
        shown = pdf;
        frame.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(pdf),
                fileName, "application/pdf", pdf.length)).inline());
        frame.setVisible(true);
    }

    public void hide() {
        frame.setVisible(false);
    }

    public boolean isShowing() {
        return frame.isVisible();
    }

    /** The PDF the page shows now, or null before a preview. */
    public byte @Nullable [] shown() {
        return shown;
    }

    /** Asks before publishing: the board's version is stored for good, small counts hidden below k. */
    public static void confirmPublish(int threshold, Runnable publish) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(I18NProvider.translate("report.publish.title"));
        confirm.setText(I18NProvider.translate("report.publish.text", threshold));
        confirm.setCancelable(true);
        confirm.setCancelText(I18NProvider.translate("action.cancel"));
        confirm.setConfirmText(I18NProvider.translate("report.publish"));
        confirm.addConfirmListener(e -> publish.run());
        confirm.open();
    }
}
