package se.samspar.importexport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** The files the import, export and registerutdrag views hand out. */
final class Downloads {

    private Downloads() {
    }

    /** A file made when its link is clicked. */
    record File(String name, String type, byte[] bytes) {
    }

    /** A link that makes the file when clicked and saves it, never opening it in the page. */
    static Anchor link(String text, Supplier<File> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            File f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.name(), f.type(), f.bytes().length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
