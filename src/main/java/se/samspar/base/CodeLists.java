package se.samspar.base;

/** The names of the förbund's code lists (table {@code code_value}). */
public final class CodeLists {

    public static final String EDUCATION = "EDUCATION";
    public static final String SUPPORT = "SUPPORT";
    public static final String EXIT_REASON = "EXIT_REASON";
    public static final String OCCUPATION = "OCCUPATION";
    public static final String PARTNER = "PARTNER";

    private CodeLists() {
    }
}
