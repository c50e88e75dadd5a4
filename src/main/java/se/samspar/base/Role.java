package se.samspar.base;

/**
 * The four roles of the product. The string constants serve {@code @RolesAllowed}, which needs
 * compile-time constants.
 */
public enum Role {
    /** Förbundschef / administratör: users, programmes, code lists. */
    ADMIN,
    /** Samordnare: runs their programmes, schedules groups, writes reports. */
    SAMORDNARE,
    /** Team staff: registers and follows participants in their programmes. */
    PERSONAL,
    /** The board: reads published reports, never personal data. */
    STYRELSE;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SAMORDNARE_NAME = "SAMORDNARE";
    public static final String PERSONAL_NAME = "PERSONAL";
    public static final String STYRELSE_NAME = "STYRELSE";

    /*
     * Authorities for @Secured on service methods. Views use @RolesAllowed, read only by Vaadin's
     * navigation access control: JSR-250 method security would proxy the views themselves.
     */
    public static final String ROLE_ADMIN = "ROLE_ADMIN";
    public static final String ROLE_SAMORDNARE = "ROLE_SAMORDNARE";
    public static final String ROLE_PERSONAL = "ROLE_PERSONAL";
    public static final String ROLE_STYRELSE = "ROLE_STYRELSE";

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Key of the role's Swedish name in the translation bundle. */
    public String translationKey() {
        return "role." + name();
    }
}
