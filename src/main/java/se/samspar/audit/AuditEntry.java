package se.samspar.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as stored. */
public record AuditEntry(long id, Instant occurredAt, String username, AuditAction action,
                         @Nullable Long personId, @Nullable Long enrolmentId, @Nullable String details,
                         @Nullable String remoteAddr, String prevHash, String hash) {
}
