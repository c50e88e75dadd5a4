package se.samspar.base;

/**
 * A rule of the domain was broken by what a user entered. Carries the field it concerns and a
 * translation key, so that the view can show the Swedish message next to that field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** With values for the message's placeholders ({0}, {1}, …), e.g. the session a booking clashes with. */
    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Throws for the field when a rule returned the key of what is wrong. */
    public static void check(String field, java.util.Optional<String> messageKey) {
        if (messageKey.isPresent()) {
            throw new InvalidInputException(field, messageKey.get());
        }
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
