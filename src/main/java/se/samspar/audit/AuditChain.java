package se.samspar.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain that makes the audit log tamper-evident: each entry's hash covers its own fields
 * and the previous entry's hash, so changing, removing or inserting an entry anywhere breaks every
 * hash after it.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over the entry's fields and the previous hash, as 64 hex digits. */
    public static String hash(long id, Instant occurredAt, String username, AuditAction action,
                              @Nullable Long personId, @Nullable Long enrolmentId, @Nullable String details,
                              @Nullable String remoteAddr, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(id), Long.toString(occurredAt.toEpochMilli()),
                username, action.name(), Objects.toString(personId, ""), Objects.toString(enrolmentId, ""),
                Objects.toString(details, ""), Objects.toString(remoteAddr, ""), prevHash);
        return se.samspar.base.Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    static String hashOf(AuditEntry e) {
        return hash(e.id(), e.occurredAt(), e.username(), e.action(), e.personId(), e.enrolmentId(), e.details(),
                e.remoteAddr(), e.prevHash());
    }

    /**
     * Checks a run of consecutive entries, ordered by id, that follows an entry with the given hash.
     *
     * @return the id of the first entry that does not fit, or empty when the run is intact
     */
    public static Optional<Long> firstBroken(String hashBefore, long idBefore, List<AuditEntry> entries) {
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
