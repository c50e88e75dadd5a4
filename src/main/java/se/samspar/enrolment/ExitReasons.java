package se.samspar.enrolment;

import java.util.List;

/**
 * The stable codes of the exit reasons (avslutsorsaker) that rules depend on. The labels and any
 * further reasons are an editable code list; these codes never change.
 */
public final class ExitReasons {

    public static final String ARBETE = "ARBETE";
    public static final String STUDIER = "STUDIER";
    public static final String AKTIVT_ARBETSSOKANDE = "AKTIVT_ARBETSSOKANDE";
    public static final String FORALDRALEDIGHET = "FORALDRALEDIGHET";
    public static final String FORTSATT_REHABILITERING = "FORTSATT_REHABILITERING";
    public static final String SJUKDOM = "SJUKDOM";
    public static final String FLYTT = "FLYTT";
    /** Stopped coming and cannot be reached. */
    public static final String UTAN_MATNING = "UTAN_MATNING";
    /** Consent withdrawn: the record becomes anonymous. */
    public static final String MEDGIVANDE_ATERTAGET = "MEDGIVANDE_ATERTAGET";
    /** Registered by mistake: never counted in any statistic. */
    public static final String FELREGISTRERING = "FELREGISTRERING";
    /** Other: needs a comment. */
    public static final String OVRIGT = "OVRIGT";

    /** The reasons of DOMAIN.md in the order the reports list them. */
    public static final List<String> DEFAULTS = List.of(ARBETE, STUDIER, AKTIVT_ARBETSSOKANDE, FORALDRALEDIGHET,
            FORTSATT_REHABILITERING, SJUKDOM, FLYTT, UTAN_MATNING, MEDGIVANDE_ATERTAGET, FELREGISTRERING, OVRIGT);

    private ExitReasons() {
    }
}
