package se.samspar.base;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time codes for answering on a shared tablet: eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 39 bits, typed case-insensitively with or without a space
 * or dash. Only the SHA-256 of the code is stored. Shared by the questionnaire tablet and the
 * indicator surveys.
 */
public final class KioskCode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KioskCode() {
    }

    /** A new code, shown as "ABCD-EFGH". */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The code as typed, without spaces and dashes, in capitals; empty when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (s.length() != LENGTH || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return "";
        }
        return s;
    }

    public static String hash(String normalised) {
        return Sha256.hex(normalised.getBytes(StandardCharsets.US_ASCII));
    }
}
