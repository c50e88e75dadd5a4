package se.samspar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final byte[] KEY = "a key that lives outside the database, 32+".getBytes(StandardCharsets.UTF_8);
    private static final AuditChain CHAIN = new AuditChain(KEY, 0);

    private static List<AuditEntry> chain(int n) {
        return chain(CHAIN, n);
    }

    private static List<AuditEntry> chain(AuditChain chain, int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            Instant at = Instant.parse("2026-03-29T00:59:59.123Z").plusSeconds(id * 60);
            String hash = chain.hash(id, at, "fia", AuditAction.VIEW, 40L + id, null, null, "10.0.0.7", prev);
            entries.add(new AuditEntry(id, at, "fia", AuditAction.VIEW, 40L + id, null, null, "10.0.0.7", prev, hash));
            prev = hash;
        }
        return entries;
    }

    @Test
    void an_untouched_chain_is_intact() {
        assertThat(CHAIN.firstBroken(AuditChain.GENESIS, 0, chain(5))).isEmpty();
    }

    @Test
    void a_changed_field_breaks_the_chain_at_that_entry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        // Someone changes whose data was viewed, keeping the stored hash.
        entries.set(2, new AuditEntry(e.id(), e.occurredAt(), e.username(), e.action(), 99L, e.enrolmentId(),
                e.details(), e.remoteAddr(), e.prevHash(), e.hash()));
        assertThat(CHAIN.firstBroken(AuditChain.GENESIS, 0, entries)).contains(3L);
    }

    @Test
    void a_removed_entry_breaks_the_chain_where_it_was() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(CHAIN.firstBroken(AuditChain.GENESIS, 0, entries)).contains(3L);
    }

    @Test
    void a_rewritten_entry_with_a_fresh_hash_under_the_key_breaks_the_next_one() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(1);
        String forged = CHAIN.hash(e.id(), e.occurredAt(), "someone-else", e.action(), e.personId(), null, null,
                e.remoteAddr(), e.prevHash());
        entries.set(1, new AuditEntry(e.id(), e.occurredAt(), "someone-else", e.action(), e.personId(), null, null,
                e.remoteAddr(), e.prevHash(), forged));
        assertThat(CHAIN.firstBroken(AuditChain.GENESIS, 0, entries)).contains(3L);
    }

    @Test
    void a_whole_chain_recomputed_without_the_key_breaks_at_its_first_entry() {
        // What the unkeyed SHA-256 let anyone with database access do: rewrite and rehash everything.
        List<AuditEntry> forged = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (AuditEntry e : chain(5)) {
            String hash = AuditChain.legacyHash(e.id(), e.occurredAt(), e.username(), e.action(), e.personId(), null,
                    null, e.remoteAddr(), prev);
            forged.add(new AuditEntry(e.id(), e.occurredAt(), e.username(), e.action(), e.personId(), null, null,
                    e.remoteAddr(), prev, hash));
            prev = hash;
        }
        assertThat(CHAIN.firstBroken(AuditChain.GENESIS, 0, forged)).contains(1L);
        AuditChain otherKey = new AuditChain("another key, another installation, 32+".getBytes(StandardCharsets.UTF_8), 0);
        assertThat(CHAIN.firstBroken(AuditChain.GENESIS, 0, chain(otherKey, 5))).contains(1L);
    }

    @Test
    void entries_from_before_the_key_verify_as_written_and_every_later_one_needs_the_key() {
        AuditChain switched = new AuditChain(KEY, 3);
        List<AuditEntry> entries = chain(switched, 5);
        assertThat(switched.firstBroken(AuditChain.GENESIS, 0, entries)).isEmpty();
        assertThat(entries.get(0).hash()).isEqualTo(AuditChain.legacyHash(1, entries.get(0).occurredAt(), "fia",
                AuditAction.VIEW, 41L, null, null, "10.0.0.7", AuditChain.GENESIS));
        // The same entries judged with the boundary moved up, as a forger would need it: entry 4 no longer fits.
        assertThat(new AuditChain(KEY, 5).firstBroken(AuditChain.GENESIS, 0, entries)).contains(4L);
    }

    @Test
    void an_anchor_line_reads_back_and_an_edited_one_is_no_longer_valid() {
        AuditAnchor anchor = AuditAnchor.signed(CHAIN, Instant.parse("2026-12-02T01:45:00Z"), 1234, "ab".repeat(32));
        AuditAnchor back = AuditAnchor.parse("2026-12-02 02:45:00 INFO ... " + anchor.line()).orElseThrow();
        assertThat(back).isEqualTo(anchor);
        assertThat(back.validUnder(CHAIN)).isTrue();
        AuditAnchor edited = AuditAnchor.parse(anchor.line().replace("last-id=1234", "last-id=1200")).orElseThrow();
        assertThat(edited.validUnder(CHAIN)).isFalse();
        assertThat(AuditAnchor.parse("audit-anchor at=yesterday")).isEmpty();
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
