package se.samspar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import se.samspar.IntegrationTest;

/** Work under a second is simply done; longer work shows its progress until it is done. */
class BackgroundTest extends IntegrationTest {

    @Test
    void work_over_a_second_shows_progress_and_polls_until_it_is_done() {
        Div progress = new Div();
        progress.setVisible(false);
        String[] result = new String[1];
        var work = Background.run(UI.getCurrent(), () -> {
            try {
                Thread.sleep(Background.PATIENCE_MILLIS + 300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "klar";
        }, progress, r -> result[0] = r, e -> result[0] = "fel");
        assertThat(progress.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(result[0]).isNull();

        finish(work);
        assertThat(result[0]).isEqualTo("klar");
        assertThat(progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        Background.run(UI.getCurrent(), () -> "snabb", progress, r -> result[0] = r, e -> result[0] = "fel");
        assertThat(result[0]).as("quick work is done before the click returns").isEqualTo("snabb");
        assertThat(progress.isVisible()).isFalse();
    }
}
