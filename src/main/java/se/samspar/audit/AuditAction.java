package se.samspar.audit;

/** What was done with personal data. */
public enum AuditAction {
    /** A person's page or data was shown. */
    VIEW,
    /** A person was opened from a hit in the participant search. */
    SEARCH_HIT_OPENED,
    /** A search over persons was made (the text and the number of hits). */
    SEARCH,
    /** A person or enrolment was registered. */
    CREATE,
    /** Registered data was changed (the changed fields, before and after). */
    CHANGE,
    /** Data was exported (file). */
    EXPORT,
    /** A PDF containing personal data was generated. */
    PDF,
    /** A registerutdrag was produced for the person. */
    REGISTERUTDRAG,
    /** A file was imported (what it created and changed, counted). */
    IMPORT,
    /** Access was refused: the person is outside the user's programmes. */
    REFUSED,
    /** Retention made the enrolment anonymous. */
    ANONYMISED;

    public String translationKey() {
        return "audit.action." + name();
    }
}
