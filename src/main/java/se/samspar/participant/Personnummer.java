package se.samspar.participant;

import dev.personnummer.Options;
import dev.personnummer.PersonnummerException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samspar.base.InvalidInputException;

/**
 * A valid personnummer or samordningsnummer. Accepts 10 or 12 digits, with or without "-" or "+"
 * (the "+" of a person over 100); stores the 12-digit form "ÅÅÅÅMMDD-NNNK". The checksum and the
 * century are the {@code dev.personnummer} library's; this class adds which part is wrong, so
 * that the form can say so in Swedish, and refuses a birth date after today.
 */
public final class Personnummer {

    public static final String FIELD = "personnummer";
    /** The longest input a field needs to accept: "ÅÅÅÅMMDD-NNNN" with spaces around. */
    public static final int INPUT_MAX = 20;

    private static final Pattern SHAPE = Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{4})");

    private final String value;
    private final LocalDate birthDate;
    private final Kon kon;
    private final boolean coordinationNumber;

    private Personnummer(String value, LocalDate birthDate, Kon kon, boolean coordinationNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.kon = kon;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Parses what a user typed.
     *
     * @param today the day the number is checked on: no one is born after it
     * @throws InvalidInputException at field {@value #FIELD}, with the key of what is wrong
     */
    public static Personnummer parse(String input, LocalDate today) {
        String text = input == null ? "" : input.strip().replace(" ", "");
        Matcher m = SHAPE.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            throw fail("person.error.pnr-format");
        }
        int day = Integer.parseInt(m.group(4));
        boolean coordination = day > 60;
        try {
            // Any century, only to see whether month and day can exist (29 February included).
            LocalDate.of(2000, Integer.parseInt(m.group(3)), coordination ? day - 60 : day);
        } catch (DateTimeException e) {
            throw fail("person.error.pnr-date");
        }
        dev.personnummer.Personnummer parsed;
        try {
            parsed = dev.personnummer.Personnummer.parse(text, new Options(true, false));
        } catch (PersonnummerException e) {
            throw fail(m.group(1) == null || isValidDate(m) ? "person.error.pnr-checksum" : "person.error.pnr-date");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(parsed.getFullYear()), Integer.parseInt(parsed.getMonth()),
                    Integer.parseInt(parsed.getDay()) - (coordination ? 60 : 0));
        } catch (DateTimeException e) {
            throw fail("person.error.pnr-date");
        }
        if (birthDate.isAfter(today)) {
            throw fail("person.error.pnr-future");
        }
        // The library's "numbers" are the birth number and the check digit.
        String value = parsed.getFullYear() + parsed.getMonth() + parsed.getDay() + "-" + parsed.getNumbers();
        return new Personnummer(value, birthDate, parsed.isFemale() ? Kon.KVINNA : Kon.MAN, coordination);
    }

    /** The rule as forms check it: the key of what is wrong with the number, or empty when it is valid. */
    public static java.util.Optional<String> problem(@org.jspecify.annotations.Nullable String input, LocalDate today) {
        try {
            parse(input, today);
            return java.util.Optional.empty();
        } catch (InvalidInputException e) {
            return java.util.Optional.of(e.messageKey());
        }
    }

    private static boolean isValidDate(Matcher m) {
        try {
            int day = Integer.parseInt(m.group(4));
            LocalDate.of(Integer.parseInt(m.group(1) + m.group(2)), Integer.parseInt(m.group(3)), day > 60 ? day - 60 : day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static InvalidInputException fail(String key) {
        return new InvalidInputException(FIELD, key);
    }

    /** "ÅÅÅÅMMDD-NNNK": how the number is stored and matched. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Kön from the second last digit: even for kvinna, odd for man. */
    public Kon kon() {
        return kon;
    }

    /** A samordningsnummer: day of birth plus 60. */
    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    /** For lists where the whole number is not needed: "19121212-****". */
    public String masked() {
        return value.substring(0, 9) + "****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Personnummer other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
