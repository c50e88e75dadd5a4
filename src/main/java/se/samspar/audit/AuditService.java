package se.samspar.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit log. Reads are recorded in a transaction of their own, so that the
 * entry stays even when the caller's work is read-only or fails; changes are recorded in the
 * caller's transaction, so that an entry exists exactly when the change does.
 */
@Service
public class AuditService {

    /** The name entries made by the system itself (retention) carry. */
    public static final String SYSTEM = "system";
    static final int DETAILS_MAX = 60_000;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records that personal data was read (shown, searched, exported) or that access was refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(AuditAction action, @Nullable Long personId, @Nullable Long enrolmentId,
                           @Nullable String details) {
        append(action, personId, enrolmentId, details);
    }

    /** Records a change, within the transaction that makes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, @Nullable Long personId, @Nullable Long enrolmentId,
                             @Nullable String details) {
        append(action, personId, enrolmentId, details);
    }

    /**
     * The fields that differ between two snapshots, as JSON: {"field": {"före": …, "efter": …}}.
     * Empty when nothing changed.
     */
    public static Optional<String> changes(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Map<String, @Nullable String>> changed = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(fields::add);
        for (String field : fields) {
            String b = text(before.get(field));
            String a = text(after.get(field));
            if (!Objects.equals(b, a)) {
                Map<String, @Nullable String> pair = new LinkedHashMap<>();
                pair.put("före", b);
                pair.put("efter", a);
                changed.put(field, pair);
            }
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(JSON.writeValueAsString(changed));
    }

    /** A snapshot's values as JSON, for a newly created record. */
    public static String values(Map<String, ?> snapshot) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        snapshot.forEach((k, v) -> values.put(k, text(v)));
        return JSON.writeValueAsString(values);
    }

    /**
     * Details as a person reads them: "förnamn: Anna → Anja; telefon: – → 0521-123456" for a
     * change, "text: andersson; träffar: 3" for values.
     */
    public static String readable(@Nullable String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        try {
            tools.jackson.databind.JsonNode root = JSON.readTree(details);
            List<String> parts = new ArrayList<>();
            for (var field : root.properties()) {
                tools.jackson.databind.JsonNode v = field.getValue();
                if (v.isObject() && v.has("före")) {
                    parts.add(field.getKey() + ": " + shown(v.get("före")) + " → " + shown(v.get("efter")));
                } else {
                    parts.add(field.getKey() + ": " + shown(v));
                }
            }
            return String.join("; ", parts);
        } catch (RuntimeException e) {
            return details;
        }
    }

    private static String shown(tools.jackson.databind.@Nullable JsonNode v) {
        return v == null || v.isNull() || v.asString().isEmpty() ? "–" : v.asString();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private void append(AuditAction action, @Nullable Long personId, @Nullable Long enrolmentId,
                        @Nullable String details) {
        String username = currentUser.username();
        String who = username.isEmpty() ? SYSTEM : username;
        String d = details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX);
        String address = remoteAddress();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        long id = ((Number) head.get("last_id")).longValue() + 1;
        String prev = (String) head.get("last_hash");
        String hash = AuditChain.hash(id, now, who, action, personId, enrolmentId, d, address, prev);
        jdbc.update("""
                INSERT INTO audit_entry (id, occurred_at_utc, username, action, person_id, enrolment_id, details,
                                         remote_addr, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, LocalDateTime.ofInstant(now, ZoneOffset.UTC), who, action.name(), personId, enrolmentId, d,
                address, prev, hash);
        jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", id, hash);
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    /** What to look for in the log; empty parts do not filter. Days are Swedish calendar days. */
    public record AuditQuery(@Nullable String username, @Nullable Long personId, @Nullable LocalDate from,
                             @Nullable LocalDate to) {
    }

    /** Entries matching the query, newest first. */
    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.username() != null && !query.username().isBlank()) {
            sql.append(" AND username = ?");
            args.add(query.username().strip().toLowerCase());
        }
        if (query.personId() != null) {
            sql.append(" AND person_id = ?");
            args.add(query.personId());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at_utc >= ?");
            args.add(utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at_utc < ?");
            args.add(utc(query.to().plusDays(1)));
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), AuditService::entry, args.toArray());
    }

    private static LocalDateTime utc(LocalDate swedishDay) {
        return LocalDateTime.ofInstant(swedishDay.atStartOfDay(STOCKHOLM).toInstant(), ZoneOffset.UTC);
    }

    /** Every entry about the person, oldest first: part of their registerutdrag. */
    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesAbout(long personId) {
        return jdbc.query("SELECT * FROM audit_entry WHERE person_id = ? ORDER BY id", AuditService::entry, personId);
    }

    /** The outcome of a chain check: how many entries were read, and the first one that does not fit. */
    public record ChainCheck(long entries, @Nullable Long firstBrokenId, String headHash) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    /** Recomputes every hash of the chain, in batches, and checks it ends where the head says. */
    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        final int batch = 5_000;
        String prev = AuditChain.GENESIS;
        long lastId = 0;
        long count = 0;
        while (true) {
            List<AuditEntry> entries = jdbc.query("SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?",
                    AuditService::entry, lastId, batch);
            if (entries.isEmpty()) {
                break;
            }
            Optional<Long> broken = AuditChain.firstBroken(prev, lastId, entries);
            if (broken.isPresent()) {
                return new ChainCheck(count, broken.get(), prev);
            }
            AuditEntry last = entries.getLast();
            prev = last.hash();
            lastId = last.id();
            count += entries.size();
        }
        Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
        if (((Number) head.get("last_id")).longValue() != lastId || !prev.equals(head.get("last_hash"))) {
            // Entries at the end were removed (or the head was moved): the first missing one is broken.
            return new ChainCheck(count, lastId + 1, prev);
        }
        return new ChainCheck(count, null, prev);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at_utc");
        Instant occurred = at.toLocalDateTime().toInstant(ZoneOffset.UTC);
        return new AuditEntry(rs.getLong("id"), occurred, rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")), rs.getObject("person_id", Long.class),
                rs.getObject("enrolment_id", Long.class), rs.getString("details"), rs.getString("remote_addr"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
