package se.samspar.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;

/**
 * The participants to look after (early warning, {@link EarlyWarningRule}): for "Mina deltagare"
 * those the user is a contact person for, for a programme page its active participants. Only
 * enrolments in the user's own programmes; three queries whatever the number of participants.
 */
@Service
@Transactional(readOnly = true)
public class EarlyWarningService {

    /** A flagged enrolment, with the person as the lists show them. */
    public record Flag(long personId, long enrolmentId, long programmeId, @Nullable String firstName,
                       @Nullable String lastName, boolean anonymous, Kon kon, int birthYear, LocalDate startDate,
                       EarlyWarningRule.Warning warning) {
    }

    private static final String ACTIVE = """
            SELECT p.id, e.id, e.programme_id, p.first_name, p.last_name, p.anonymous, p.kon, p.birth_year,
                   e.start_date, e.end_date
            FROM enrolment e JOIN person p ON p.id = e.person_id
            WHERE e.programme_id IN (:programmeIds)
              AND e.start_date <= :today AND (e.end_date IS NULL OR e.end_date > :today)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AttendanceHistory attendance;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    EarlyWarningService(NamedParameterJdbcTemplate jdbc, AttendanceHistory attendance, CurrentUser currentUser,
                        AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The flagged participants the user is a contact person for, in the user's programmes. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<Flag> forMyParticipants() {
        Set<Long> own = currentUser.programmeIds();
        Long me = currentUser.userId().orElse(null);
        if (own.isEmpty() || me == null) {
            return List.of();
        }
        List<Flag> flags = flags(ACTIVE + " AND (e.contact_person1_id = :me OR e.contact_person2_id = :me)",
                new MapSqlParameterSource("programmeIds", own).addValue("me", me));
        audited("mina deltagare", flags.size());
        return flags;
    }

    /** The programme's flagged participants; none for a programme that is not the user's. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<Flag> forProgramme(long programmeId) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            return List.of();
        }
        List<Flag> flags = flags(ACTIVE, new MapSqlParameterSource("programmeIds", Set.of(programmeId)));
        audited("program " + programmeId, flags.size());
        return flags;
    }

    private List<Flag> flags(String sql, MapSqlParameterSource parameters) {
        LocalDate today = LocalDate.now(clock);
        parameters.addValue("today", today);
        record Candidate(long personId, long enrolmentId, long programmeId, @Nullable String first,
                         @Nullable String last, boolean anonymous, Kon kon, int birthYear, LocalDate start,
                         @Nullable LocalDate end) {
        }
        List<Candidate> candidates = jdbc.query(sql + " ORDER BY p.last_name, p.first_name, e.id", parameters,
                (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), Kon.valueOf(rs.getString(7)), rs.getInt(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)));
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = candidates.stream().map(Candidate::enrolmentId).toList();
        Map<Long, List<EarlyWarningRule.HeldSession>> sessions = attendance.heldSessionsOf(ids);
        Map<Long, List<LocalDate>> contacts = new HashMap<>();
        jdbc.query("SELECT enrolment_id, max(contact_date) FROM follow_up_contact WHERE enrolment_id IN (:ids)"
                        + " AND contact_date <= :today GROUP BY enrolment_id",
                new MapSqlParameterSource("ids", ids).addValue("today", today),
                rs -> {
                    contacts.put(rs.getLong(1), List.of(rs.getObject(2, LocalDate.class)));
                });
        List<Flag> flags = new ArrayList<>();
        for (Candidate c : candidates) {
            EarlyWarningRule.check(today, c.start(), c.end(), sessions.getOrDefault(c.enrolmentId(), List.of()),
                    contacts.getOrDefault(c.enrolmentId(), List.of())).ifPresent(w -> flags.add(new Flag(
                    c.personId(), c.enrolmentId(), c.programmeId(), c.first(), c.last(), c.anonymous(), c.kon(),
                    c.birthYear(), c.start(), w)));
        }
        return flags;
    }

    private void audited(String scope, int hits) {
        // Names are shown: a read of personal data, like a search of the list.
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("tidig varning", scope);
        what.put("träffar", hits);
        audit.recordRead(AuditAction.SEARCH, null, null, AuditService.values(what));
    }
}
