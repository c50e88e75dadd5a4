package se.samspar.security;

/**
 * A step a logged-in user must take before anything else: choose a new password (first login,
 * after a reset) or give the second factor. Until then each request carries only the step's
 * authority instead of the user's roles, so no view and no service method lets them through.
 */
public final class AccountStep {

    public static final String PASSWORD_CHANGE_NAME = "PENDING_PASSWORD_CHANGE";
    public static final String SECOND_FACTOR_NAME = "PENDING_SECOND_FACTOR";
    public static final String ROLE_PASSWORD_CHANGE = "ROLE_" + PASSWORD_CHANGE_NAME;
    public static final String ROLE_SECOND_FACTOR = "ROLE_" + SECOND_FACTOR_NAME;

    /** The routes of the two steps. */
    public static final String PASSWORD_CHANGE_ROUTE = "byt-losenord";
    public static final String SECOND_FACTOR_ROUTE = "tvastegsverifiering";

    /** Session attribute set when the second factor was given in this session. */
    static final String SECOND_FACTOR_DONE = "samspar.second-factor-done";

    private AccountStep() {
    }
}
