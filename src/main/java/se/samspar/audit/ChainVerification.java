package se.samspar.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One check of the whole log: every hash recomputed in id order, the end compared with the head,
 * and the database compared with every anchor written outside it. Logs what broke (ids only).
 */
final class ChainVerification {

    private static final Logger LOG = LoggerFactory.getLogger(ChainVerification.class);
    private static final int BATCH = 5_000;

    private ChainVerification() {
    }

    static AuditService.ChainCheck run(JdbcTemplate jdbc, byte[] key, AuditAnchors anchors, Instant now) {
        long lastLegacyId = jdbc.queryForObject("SELECT last_legacy_id FROM audit_chain_legacy WHERE id = 1", Long.class);
        AuditChain chain = new AuditChain(key, lastLegacyId);
        Map<Long, String> anchored = new HashMap<>();
        long lowestBreak = Long.MAX_VALUE;
        for (Optional<AuditAnchor> line : anchors.read()) {
            if (line.isEmpty() || !line.get().validUnder(chain)) {
                // A line that is not ours: someone edited the file (or it holds another installation's anchors).
                return broken(0, 1L, AuditChain.GENESIS, 0, now, "an anchor line is not signed with this key");
            }
            AuditAnchor a = line.get();
            if (a.lastLegacyId() != lastLegacyId) {
                lowestBreak = Math.min(lowestBreak, Math.min(a.lastLegacyId(), lastLegacyId) + 1);
            }
            if (a.lastId() == 0) {
                // Anchored while the log was empty: there is no entry to hold it, only the start.
                if (!AuditChain.GENESIS.equals(a.lastHash())) {
                    lowestBreak = 1;
                }
            } else {
                anchored.put(a.lastId(), a.lastHash());
            }
        }
        String prev = AuditChain.GENESIS;
        long lastId = 0;
        long count = 0;
        while (true) {
            List<AuditEntry> entries = jdbc.query("SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?",
                    AuditService::entry, lastId, BATCH);
            if (entries.isEmpty()) {
                break;
            }
            Optional<Long> broken = chain.firstBroken(prev, lastId, entries);
            for (AuditEntry e : entries) {
                if (broken.isPresent() && e.id() >= broken.get()) {
                    break;
                }
                String expected = anchored.remove(e.id());
                if (expected != null && !expected.equals(e.hash())) {
                    lowestBreak = Math.min(lowestBreak, e.id());
                }
            }
            if (broken.isPresent()) {
                return broken(count, Math.min(broken.get(), lowestBreak), prev, lastId, now, "an entry does not fit");
            }
            AuditEntry last = entries.getLast();
            prev = last.hash();
            lastId = last.id();
            count += entries.size();
        }
        if (!anchored.isEmpty()) {
            // An anchored entry is gone: the log was cut back or rewritten below it.
            lowestBreak = Math.min(lowestBreak, lastId + 1);
        }
        if (lowestBreak != Long.MAX_VALUE) {
            return broken(count, lowestBreak, prev, lastId, now, "the database differs from an anchor outside it");
        }
        Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
        if (((Number) head.get("last_id")).longValue() != lastId || !prev.equals(head.get("last_hash"))) {
            // Entries at the end were removed (or the head was moved): the first missing one is broken.
            return broken(count, lastId + 1, prev, lastId, now, "the head does not point at the last entry");
        }
        return new AuditService.ChainCheck(count, null, prev, lastId, now);
    }

    private static AuditService.ChainCheck broken(long count, @Nullable Long at, String prev, long lastId, Instant now,
                                                  String why) {
        LOG.warn("Audit chain check: broken at entry {} ({})", at, why);
        return new AuditService.ChainCheck(count, at, prev, lastId, now);
    }
}
