package se.samspar.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule every name and free-text field shares, in services and forms alike: surrounding
 * white space goes (any Unicode space, the no-break space too), blank is absent, no control or
 * invisible characters, and a length cap in characters that the form shows at the field (see
 * {@code base.ui.TextLimits}) and the service refuses beyond, never cutting.
 *
 * <p>Refused: control characters other than tab and line breaks (NUL, BEL, ESC …), format
 * characters (bidirectional overrides such as U+202E that make "fdp.exe" read as "exe.pdf", the
 * zero-width space and joiners, the byte order mark U+FEFF, the soft hyphen), the line and
 * paragraph separators, private-use, unassigned and lone surrogate code points. They cannot be
 * seen on screen, so a name containing one looks like another person's, and they break exports.
 */
public final class TextInput {

    /** The key of the message for a refused character. */
    public static final String INVISIBLE = "error.invisible-character";
    /** The key of the message for a text over its limit, with the limit as argument {0}. */
    public static final String TOO_LONG = "error.too-long-max";

    private TextInput() {
    }

    /** The stripped text, or an {@link InvalidInputException} on the field when it is blank, too long or not clean. */
    public static String required(String field, @Nullable String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return v;
    }

    /** The stripped text, or null when blank; too long or not clean is refused on the field. */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        String v = stripped(value);
        if (v == null) {
            return null;
        }
        if (!clean(v)) {
            throw new InvalidInputException(field, INVISIBLE);
        }
        if (length(v) > max) {
            throw new InvalidInputException(field, TOO_LONG, max);
        }
        return v;
    }

    /**
     * The rule as a domain rule returns it: the message key of what is wrong with an optional text
     * ({@link #INVISIBLE} or "error.too-long"), or empty when it may be stored.
     */
    public static Optional<String> problem(@Nullable String value, int max) {
        String v = stripped(value);
        if (v == null) {
            return Optional.empty();
        }
        if (!clean(v)) {
            return Optional.of(INVISIBLE);
        }
        return length(v) > max ? Optional.of("error.too-long") : Optional.empty();
    }

    /** The text without surrounding white space of any kind, or null when nothing else is left. */
    public static @Nullable String stripped(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && space(value.charAt(start))) {
            start++;
        }
        while (end > start && space(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    /** Whether the text has only characters one can see, spaces, tabs and line breaks. */
    public static boolean clean(String text) {
        return text.codePoints().allMatch(TextInput::allowed);
    }

    /** The length as the user counts it (and the database's VARCHAR): in characters, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
