package se.samspar.base;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the HTTP API ({@code /api/**}) answers what it cannot do, in Swedish plain text: 400 with
 * the field and what is wrong for a bad or missing parameter or a broken rule, 403 for a refused
 * programme. The input itself is never echoed.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return text(HttpStatus.BAD_REQUEST, e.field() + ": " + swedish(e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "ett giltigt värde"
                : java.time.LocalDate.class.equals(type) ? "ett datum som 2018-12-31"
                : type.isEnum() ? "ett av " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf).toList())
                : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "ett heltal" : "ett giltigt värde";
        return text(HttpStatus.BAD_REQUEST, e.getName() + ": ska vara " + expected);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e) {
        return text(HttpStatus.BAD_REQUEST, e.getParameterName() + ": " + swedish("error.required", new Object[0]));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e) {
        return text(HttpStatus.FORBIDDEN, "Du har inte behörighet till det du bad om.");
    }

    /** A plain-text answer in UTF-8. */
    public static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message + "\n");
    }

    /** The message in the UI's Swedish bundle. */
    public static String swedish(String key, Object[] arguments) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).getString(key);
            return new java.text.MessageFormat(pattern, Locale.forLanguageTag("sv-SE")).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
