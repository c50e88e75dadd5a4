package se.samspar.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Logs an unexpected error with a short reference and shows the user a calm Swedish message with
 * that reference: never a stack trace or any data on screen, and no message text in the log. A
 * browser that closed its connection is no error (a line at debug level).
 */
class CalmErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(CalmErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // The browser went away (a closed tab, a lost network) while its answer was written:
            // nothing went wrong here, and there is no one to tell.
            log.debug("Client went away: {}", error.getClass().getName());
        } else if (find(error, ObjectOptimisticLockingFailureException.class)) {
            log.info("Concurrent edit refused: {}", error.getClass().getSimpleName());
            show(ui, "error.concurrent-edit", null);
        } else if (find(error, AccessDeniedException.class)) {
            log.warn("Access denied in the UI: {}", error.getClass().getSimpleName());
            show(ui, "error.access-denied", null);
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            // Classes and stack traces only: messages may quote personal data.
            log.error("Unexpected error, reference {}", reference, se.samspar.base.Redacted.of(error));
            show(ui, "error.unexpected", reference);
        }
    }

    private static void show(UI ui, String key, String reference) {
        if (ui == null) {
            return;
        }
        ui.access(() -> Notifications.error(ui.getTranslation(key, reference)));
    }

    private static boolean find(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
