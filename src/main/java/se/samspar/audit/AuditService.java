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
    private static final ZoneId STOCKHOLM = se.samspar.base.SwedishTime.ZONE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final byte[] key;
    private final AuditAnchors anchors;
    /** Appends always use the key: every new entry's id is past the legacy ones. */
    private final AuditChain appending;
    private volatile @Nullable ChainCheck latest;

    AuditService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock, AuditKey key, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.key = key.bytes();
        this.anchors = anchors;
        this.appending = new AuditChain(this.key, 0);
    }

    /** Records that personal data was read (shown, searched, exported) or that access was refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(AuditAction action, @Nullable Long personId, @Nullable Long enrolmentId,
                           @Nullable String details) {
        append(action, personId, enrolmentId, details);
    }

    /**
     * Records that the persons' data was read together (an export): one entry per person, so that
     * each one's registerutdrag shows it, and one entry for the whole with the number of persons.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordReadOfPersons(AuditAction action, java.util.Collection<Long> personIds, String details) {
        List<Row> rows = new ArrayList<>(personIds.size() + 1);
        rows.add(new Row(action, null, null, details + ": " + personIds.size() + " persons"));
        new java.util.TreeSet<>(personIds).forEach(id -> rows.add(new Row(action, id, null, details)));
        append(rows);
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
        return readable(details, (field, value) -> value);
    }

    /**
     * Details as {@link #readable(String)}, each stored value shown through {@code label} (field,
     * value → text): codes become their Swedish labels when shown, while the stored entry (and so
     * the chain over it) stays as it was written.
     */
    public static String readable(@Nullable String details,
                                  java.util.function.BiFunction<String, String, String> label) {
        if (details == null || details.isBlank()) {
            return "";
        }
        try {
            tools.jackson.databind.JsonNode root = JSON.readTree(details);
            List<String> parts = new ArrayList<>();
            for (var field : root.properties()) {
                tools.jackson.databind.JsonNode v = field.getValue();
                String name = field.getKey();
                if (v.isObject() && v.has("före")) {
                    parts.add(name + ": " + shown(name, v.get("före"), label) + " → "
                            + shown(name, v.get("efter"), label));
                } else {
                    parts.add(name + ": " + shown(name, v, label));
                }
            }
            return String.join("; ", parts);
        } catch (RuntimeException e) {
            return details;
        }
    }

    private static String shown(String field, tools.jackson.databind.@Nullable JsonNode v,
                                java.util.function.BiFunction<String, String, String> label) {
        if (v == null || v.isNull() || v.asString().isEmpty() || v.asString().equals("[]")) {
            return "–";
        }
        return label.apply(field, v.asString());
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private void append(AuditAction action, @Nullable Long personId, @Nullable Long enrolmentId,
                        @Nullable String details) {
        append(List.of(new Row(action, personId, enrolmentId, details)));
    }

    private record Row(AuditAction action, @Nullable Long personId, @Nullable Long enrolmentId,
                       @Nullable String details) {
    }

    /** Appends the rows one after the other, under one lock of the head. */
    private void append(List<Row> rows) {
        String username = currentUser.username();
        String who = username.isEmpty() ? SYSTEM : username;
        String address = remoteAddress();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        long id = ((Number) head.get("last_id")).longValue();
        String prev = (String) head.get("last_hash");
        List<Object[]> inserts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            id++;
            String d = row.details() == null || row.details().length() <= DETAILS_MAX ? row.details()
                    : row.details().substring(0, DETAILS_MAX);
            String hash = appending.hash(id, now, who, row.action(), row.personId(), row.enrolmentId(), d, address,
                    prev);
            inserts.add(new Object[] {id, at, who, row.action().name(), row.personId(), row.enrolmentId(), d, address,
                    prev, hash});
            prev = hash;
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_entry (id, occurred_at_utc, username, action, person_id, enrolment_id, details,
                                         remote_addr, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", id, prev);
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

    /**
     * The outcome of a chain check: how many entries were read, the first one that does not fit
     * (changed, removed, slipped in, or not what an anchor outside the database says), and where
     * the chain ended.
     */
    public record ChainCheck(long entries, @Nullable Long firstBrokenId, String headHash, long lastId,
                             Instant checkedAt) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    /**
     * Recomputes every hash of the chain with the key, in batches, checks it ends where the head
     * says and holds every anchor written outside the database.
     */
    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        ChainCheck check = ChainVerification.run(jdbc, key, anchors, clock.instant());
        latest = check;
        return check;
    }

    /** The last check made since the start (daily, at start-up, or by the administrator), if any. */
    @Secured(Role.ROLE_ADMIN)
    public Optional<ChainCheck> latestCheck() {
        return Optional.ofNullable(latest);
    }

    /**
     * Checks the chain and, when it is intact, writes where it now ends, signed, to the log and to
     * the anchor file (the daily job).
     */
    @Secured(Role.ROLE_ADMIN)
    @Transactional(readOnly = true)
    public ChainCheck verifyAndAnchor() {
        ChainCheck check = verify();
        if (check.intact()) {
            long lastLegacyId = jdbc.queryForObject("SELECT last_legacy_id FROM audit_chain_legacy WHERE id = 1",
                    Long.class);
            anchors.write(AuditAnchor.signed(new AuditChain(key, lastLegacyId), check.checkedAt(), check.lastId(),
                    check.headHash()));
        }
        return check;
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at_utc");
        Instant occurred = at.toLocalDateTime().toInstant(ZoneOffset.UTC);
        return new AuditEntry(rs.getLong("id"), occurred, rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")), rs.getObject("person_id", Long.class),
                rs.getObject("enrolment_id", Long.class), rs.getString("details"), rs.getString("remote_addr"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
