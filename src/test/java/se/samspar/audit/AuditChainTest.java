package se.samspar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            Instant at = Instant.parse("2026-03-29T00:59:59.123Z").plusSeconds(id * 60);
            String hash = AuditChain.hash(id, at, "fia", AuditAction.VIEW, 40L + id, null, null, "10.0.0.7", prev);
            entries.add(new AuditEntry(id, at, "fia", AuditAction.VIEW, 40L + id, null, null, "10.0.0.7", prev, hash));
            prev = hash;
        }
        return entries;
    }

    @Test
    void an_untouched_chain_is_intact() {
        assertThat(AuditChain.firstBroken(AuditChain.GENESIS, 0, chain(5))).isEmpty();
    }

    @Test
    void a_changed_field_breaks_the_chain_at_that_entry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        // Someone changes whose data was viewed, keeping the stored hash.
        entries.set(2, new AuditEntry(e.id(), e.occurredAt(), e.username(), e.action(), 99L, e.enrolmentId(),
                e.details(), e.remoteAddr(), e.prevHash(), e.hash()));
        assertThat(AuditChain.firstBroken(AuditChain.GENESIS, 0, entries)).contains(3L);
    }

    @Test
    void a_removed_entry_breaks_the_chain_where_it_was() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(AuditChain.firstBroken(AuditChain.GENESIS, 0, entries)).contains(3L);
    }

    @Test
    void a_rewritten_entry_with_a_fresh_hash_breaks_the_next_one() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(1);
        String forged = AuditChain.hash(e.id(), e.occurredAt(), "someone-else", e.action(), e.personId(), null, null,
                e.remoteAddr(), e.prevHash());
        entries.set(1, new AuditEntry(e.id(), e.occurredAt(), "someone-else", e.action(), e.personId(), null, null,
                e.remoteAddr(), e.prevHash(), forged));
        assertThat(AuditChain.firstBroken(AuditChain.GENESIS, 0, entries)).contains(3L);
    }

    @Test
    void changes_name_only_the_fields_that_differ_with_before_and_after() {
        var before = new java.util.LinkedHashMap<String, Object>();
        before.put("förnamn", "Adam");
        before.put("telefon", null);
        before.put("kommun", "Mellerud");
        var after = new java.util.LinkedHashMap<String, Object>();
        after.put("förnamn", "Adam");
        after.put("telefon", "070-1234567");
        after.put("kommun", "Mellerud");
        assertThat(AuditService.changes(before, after))
                .contains("{\"telefon\":{\"före\":null,\"efter\":\"070-1234567\"}}");
        assertThat(AuditService.changes(before, before)).isEmpty();
    }

    @Test
    void details_read_as_field_before_and_after_for_the_administrator() {
        String change = AuditService.changes(java.util.Map.of("telefon", ""), java.util.Map.of("telefon", "0521-1")).orElseThrow();
        assertThat(AuditService.readable(change)).isEqualTo("telefon: – → 0521-1");
        assertThat(AuditService.readable(AuditService.values(java.util.Map.of("text", "berg"))))
                .isEqualTo("text: berg");
        assertThat(AuditService.readable(null)).isEmpty();
    }
}
