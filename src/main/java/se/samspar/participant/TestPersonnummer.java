package se.samspar.participant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Personnummer in Skatteverket's test series: birth numbers 980–999 are reserved for testing and
 * never given to a real person. Demo and test data use only these, never made-up numbers that
 * may belong to someone.
 */
public final class TestPersonnummer {

    private TestPersonnummer() {
    }

    /** A test number for someone born on the day, of the given kön (serial 980–999). */
    public static String of(LocalDate birth, Kon kon, int serial) {
        if (serial < 980 || serial > 999) {
            throw new IllegalArgumentException("Only Skatteverket's test series 980–999");
        }
        int s = kon == Kon.KVINNA ? (serial % 2 == 0 ? serial : serial - 1) : (serial % 2 == 1 ? serial : serial + 1);
        if (s > 999) {
            s = 999;
        }
        String nine = birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + s;
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + s + luhn(nine);
    }

    /** The samordningsnummer form of {@link #of}: day of birth plus 60. */
    public static String coordination(LocalDate birth, Kon kon, int serial) {
        String pnr = of(birth, kon, serial);
        String date = pnr.substring(0, 6) + String.format("%02d", birth.getDayOfMonth() + 60);
        String nine = date.substring(2) + pnr.substring(9, 12);
        return date + "-" + pnr.substring(9, 12) + luhn(nine);
    }

    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int v = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return (10 - sum % 10) % 10;
    }
}
