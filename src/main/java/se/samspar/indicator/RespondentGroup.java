package se.samspar.indicator;

/**
 * Who answers an instrument. The first three have the NNS questions as default instruments; the
 * participants' and the referring case officers' instruments are added by the administrator.
 */
public enum RespondentGroup {
    STYRELSE("Styrelse", "ledamöter"),
    BEREDNING("Beredning", "beredningsgruppsrepresentanter"),
    PERSONAL("Personal", "personal"),
    DELTAGARE("Deltagare", "deltagare"),
    REMISSGIVARE("Remissgivare", "remissgivare");

    private final String label;
    private final String members;

    RespondentGroup(String label, String members) {
        this.label = label;
        this.members = members;
    }

    /** "Styrelse". */
    public String label() {
        return label;
    }

    /** Who is counted, for "7 av 8 ledamöter svarade". */
    public String members() {
        return members;
    }
}
