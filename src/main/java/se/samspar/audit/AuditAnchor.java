package se.samspar.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the chain stood at a moment, signed with the chain's key: a line written to the log and to
 * a file outside the database every day. A database rewritten afterwards (even one whose whole
 * chain was recomputed) no longer contains the anchored entry with the anchored hash.
 */
record AuditAnchor(Instant at, long lastId, String lastHash, long lastLegacyId, String mac) {

    private static final Pattern LINE = Pattern.compile(
            "audit-anchor at=(\\S+) last-id=(\\d+) last-hash=([0-9a-f]{64}) legacy-until=(\\d+) mac=([0-9a-f]{64})");

    static AuditAnchor signed(AuditChain chain, Instant moment, long lastId, String lastHash) {
        Instant at = moment.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long legacy = chain.lastLegacyId();
        return new AuditAnchor(at, lastId, lastHash, legacy, chain.mac(signedPart(at, lastId, lastHash, legacy)));
    }

    /** Whether the line was signed with this chain's key and says what it signed. */
    boolean validUnder(AuditChain chain) {
        return chain.mac(signedPart(at, lastId, lastHash, lastLegacyId)).equals(mac);
    }

    String line() {
        return signedPart(at, lastId, lastHash, lastLegacyId) + " mac=" + mac;
    }

    /** The anchor a line holds, or empty for a line that is not one (or was cut or edited out of shape). */
    static Optional<AuditAnchor> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditAnchor(Instant.parse(m.group(1)), Long.parseLong(m.group(2)), m.group(3),
                    Long.parseLong(m.group(4)), m.group(5)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String signedPart(Instant at, long lastId, String lastHash, long legacy) {
        return "audit-anchor at=" + at + " last-id=" + lastId + " last-hash=" + lastHash + " legacy-until=" + legacy;
    }
}
