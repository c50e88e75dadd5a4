package se.samspar.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import se.samspar.base.Sha256;

/**
 * The chain that makes the audit log tamper-evident: each entry's hash covers its own fields and
 * the previous entry's hash, so changing, removing or inserting an entry anywhere breaks every
 * hash after it.
 *
 * <p>The hash is an HMAC-SHA-256 keyed with a secret that lives outside the database
 * ({@link AuditKey}): someone who can write the tables, the app's own database user included,
 * cannot compute a hash that fits. Entries written before the key was introduced (up to
 * {@code lastLegacyId}, fixed by migration V12) keep the plain SHA-256 they were written with;
 * every later entry must carry the HMAC, so a chain recomputed without the key breaks at the
 * first keyed entry.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;
    private final long lastLegacyId;

    /**
     * @param key the HMAC key (at least 32 bytes)
     * @param lastLegacyId the last entry written with the keyless SHA-256 (0: none)
     */
    public AuditChain(byte[] key, long lastLegacyId) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The audit key must be at least 32 bytes");
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
        this.lastLegacyId = lastLegacyId;
    }

    public long lastLegacyId() {
        return lastLegacyId;
    }

    /** The entry's hash as 64 hex digits: the HMAC, or the keyless SHA-256 for an entry from before the key. */
    public String hash(long id, Instant occurredAt, String username, AuditAction action, @Nullable Long personId,
                       @Nullable Long enrolmentId, @Nullable String details, @Nullable String remoteAddr,
                       String prevHash) {
        String canonical = canonical(id, occurredAt, username, action, personId, enrolmentId, details, remoteAddr,
                prevHash);
        return id <= lastLegacyId ? Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8)) : mac(canonical);
    }

    /** How entries were hashed before the key: SHA-256 over the same fields, which anyone can recompute. */
    public static String legacyHash(long id, Instant occurredAt, String username, AuditAction action,
                                    @Nullable Long personId, @Nullable Long enrolmentId, @Nullable String details,
                                    @Nullable String remoteAddr, String prevHash) {
        return Sha256.hex(canonical(id, occurredAt, username, action, personId, enrolmentId, details, remoteAddr,
                prevHash).getBytes(StandardCharsets.UTF_8));
    }

    /** The HMAC of any text under the chain's key, as 64 hex digits (the anchor lines are signed with it). */
    public String mac(String text) {
        try {
            Mac mac = (Mac) prototype.clone();
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's HMAC can be cloned", e);
        }
    }

    private static String canonical(long id, Instant occurredAt, String username, AuditAction action,
                                    @Nullable Long personId, @Nullable Long enrolmentId, @Nullable String details,
                                    @Nullable String remoteAddr, String prevHash) {
        return String.join("\u001f", Long.toString(id), Long.toString(occurredAt.toEpochMilli()), username,
                action.name(), Objects.toString(personId, ""), Objects.toString(enrolmentId, ""),
                Objects.toString(details, ""), Objects.toString(remoteAddr, ""), prevHash);
    }

    String hashOf(AuditEntry e) {
        return hash(e.id(), e.occurredAt(), e.username(), e.action(), e.personId(), e.enrolmentId(), e.details(),
                e.remoteAddr(), e.prevHash());
    }

    /**
     * Checks a run of consecutive entries, ordered by id, that follows an entry with the given hash.
     *
     * @return the id of the first entry that does not fit, or empty when the run is intact
     */
    public Optional<Long> firstBroken(String hashBefore, long idBefore, List<AuditEntry> entries) {
        String prev = hashBefore;
        long expectedId = idBefore + 1;
        for (AuditEntry e : entries) {
            if (e.id() != expectedId || !e.prevHash().equals(prev) || !hashOf(e).equals(e.hash())) {
                return Optional.of(e.id());
            }
            prev = e.hash();
            expectedId++;
        }
        return Optional.empty();
    }
}
