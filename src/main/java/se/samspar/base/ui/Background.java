package se.samspar.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that may take a while (making a PDF): done at once when it takes under a second, otherwise
 * the progress component is shown and the page polls until the work is done. The work runs as
 * the same user, so the services' access checks hold.
 */
public final class Background {

    /** How long work may take before the user sees that it is going on. */
    public static final long PATIENCE_MILLIS = 1000;

    private Background() {
    }

    /**
     * Runs the work; returns a future that completes once the work is done (its result handed to
     * the page through {@code ui.access}, which runs when the session is next free).
     */
    public static <T> CompletableFuture<?> run(UI ui, Supplier<T> work, Component progress, Consumer<T> done,
                                             Consumer<RuntimeException> failed) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(work,
                new DelegatingSecurityContextExecutor(ForkJoinPool.commonPool(), SecurityContextHolder.getContext()));
        try {
            done.accept(future.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            progress.setVisible(true);
            ui.setPollInterval(300);
            return future.whenComplete((result, error) -> ui.access(() -> {
                progress.setVisible(false);
                ui.setPollInterval(-1);
                if (error == null) {
                    done.accept(result);
                } else {
                    failed.accept(unwrap(error));
                }
            }));
        } catch (ExecutionException e) {
            failed.accept(unwrap(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return CompletableFuture.completedFuture(null);
    }

    private static RuntimeException unwrap(Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
