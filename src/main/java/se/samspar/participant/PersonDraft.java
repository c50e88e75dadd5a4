package se.samspar.participant;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter to register a person. Anonymous (no consent, or skyddade personuppgifter):
 * kön, birth year and kommun only; the other fields must then be empty.
 */
public record PersonDraft(boolean anonymous, @Nullable String personnummer, @Nullable String firstName,
                          @Nullable String lastName, @Nullable Kon kon, @Nullable Integer birthYear,
                          @Nullable String kommun, @Nullable String phone, @Nullable String email,
                          @Nullable String note) {

    public static PersonDraft identified(String personnummer, String firstName, String lastName, String kommun) {
        return new PersonDraft(false, personnummer, firstName, lastName, null, null, kommun, null, null, null);
    }

    public static PersonDraft anonymousPerson(Kon kon, int birthYear, String kommun) {
        return new PersonDraft(true, null, null, null, kon, birthYear, kommun, null, null, null);
    }
}
