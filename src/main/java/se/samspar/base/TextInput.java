package se.samspar.base;

import org.jspecify.annotations.Nullable;

/** The rules every free-text field shares: blank is absent, surrounding spaces go, and a length cap. */
public final class TextInput {

    private TextInput() {
    }

    /** The stripped text, or an {@link InvalidInputException} on the field when it is blank or too long. */
    public static String required(String field, @Nullable String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return v;
    }

    /** The stripped text, or null when blank; too long is refused on the field. */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "error.too-long");
        }
        return v;
    }
}
