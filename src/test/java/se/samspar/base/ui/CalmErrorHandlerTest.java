package se.samspar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ErrorEvent;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A browser that went away is no error; anything else still is (issue 20, finding 10). */
@ExtendWith(OutputCaptureExtension.class)
class CalmErrorHandlerTest {

    @Test
    void a_client_closing_its_connection_is_logged_as_one_line_without_a_stack_trace(CapturedOutput output) {
        new CalmErrorHandler().error(new ErrorEvent(new UncheckedIOException(
                new ClientAbortException(new java.io.IOException("Broken pipe")))));

        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Unexpected error")
                .doesNotContain("\tat ");
    }

    @Test
    void an_unexpected_error_is_still_logged_as_an_error_with_its_reference(CapturedOutput output) {
        new CalmErrorHandler().error(new ErrorEvent(new IllegalStateException("något gick fel")));

        assertThat(output.getAll()).contains("ERROR").contains("Unexpected error, reference")
                .contains(IllegalStateException.class.getName()).doesNotContain("något gick fel");
    }
}
