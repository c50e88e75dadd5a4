package se.samspar.questionnaire;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.KioskCode;
import se.samspar.base.Role;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.security.LoginThrottle;
import se.samspar.session.GroupMember;
import se.samspar.session.GroupService;

/**
 * Templates, answers, tablet codes and results. Responses name no enrolment: a separate row says
 * only that an enrolment has answered, so nothing the reports read leads back to a person.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireService {

    private final JdbcTemplate jdbc;
    private final PersonService persons;
    private final GroupService groups;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final Duration codeValidity;
    private final int privacyThreshold;

    QuestionnaireService(JdbcTemplate jdbc, PersonService persons, GroupService groups, CurrentUser currentUser,
                         AuditService audit, Clock clock, LoginThrottle throttle,
                         @Value("${samspar.questionnaire.code-hours:3}") int codeHours,
                         @Value("${samspar.questionnaire.privacy-threshold:5}") int privacyThreshold) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
        this.codeValidity = Duration.ofHours(codeHours);
        this.privacyThreshold = privacyThreshold;
    }

    /** One version of a programme's questionnaire. */
    public record Template(long id, long programmeId, Purpose purpose, int versionNo, List<Item> items) {
    }

    /** What the tablet shows for a valid code: the questions only. */
    public record KioskForm(long templateId, Purpose purpose, List<Item> items) {
    }

    public record IssuedCode(String code, LocalDateTime expiresAt) {
    }

    public int privacyThreshold() {
        return privacyThreshold;
    }

    // ---- templates ---------------------------------------------------------------------------

    /** The current version; a programme without one gets the six default items as version 1. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Template template(long programmeId, Purpose purpose) {
        requireOwn(programmeId);
        return current(programmeId, purpose).orElseGet(() -> {
            long id = insertTemplate(programmeId, purpose, 1, Item.defaults());
            return load(id);
        });
    }

    /**
     * A new programme with individual participants gets the six default items for both
     * questionnaires at once, in the transaction that creates it.
     */
    @org.springframework.context.event.EventListener
    void seedDefaults(se.samspar.programme.ProgrammeCreated created) {
        if (created.kind() != se.samspar.programme.ProgrammeKind.HEADCOUNT) {
            for (Purpose p : Purpose.values()) {
                if (current(created.programmeId(), p).isEmpty()) {
                    insertTemplate(created.programmeId(), p, 1, Item.defaults());
                }
            }
        }
    }

    /** Every version, newest first. */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<Template> versions(long programmeId, Purpose purpose) {
        requireOwn(programmeId);
        return jdbc.queryForList("SELECT id FROM questionnaire_template WHERE programme_id = ? AND purpose = ? "
                + "ORDER BY version_no DESC", Long.class, programmeId, purpose.name()).stream().map(this::load).toList();
    }

    /**
     * Saves the edited items of the version the coordinator opened: in place while it has no
     * answers, as a new version once it has.
     */
    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public Versioning.Outcome saveTemplate(long programmeId, Purpose purpose, long editedTemplateId, List<Item> items) {
        Template current = template(programmeId, purpose);
        if (current.id() != editedTemplateId) {
            throw new ObjectOptimisticLockingFailureException("questionnaire_template", editedTemplateId);
        }
        List<InvalidInputException.Problem> broken = Item.problems(items);
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
        boolean answered = jdbc.queryForObject("SELECT count(*) FROM questionnaire_response WHERE template_id = ?",
                Integer.class, current.id()) > 0 || jdbc.queryForObject(
                "SELECT count(*) FROM questionnaire_code WHERE template_id = ? AND used_at IS NULL AND expires_at > ?",
                Integer.class, current.id(), Timestamp.valueOf(now())) > 0;
        Versioning.Outcome outcome = Versioning.of(current.items(), items, answered);
        List<Item> normalised = items.stream().map(Item::normalised).toList();
        if (outcome == Versioning.Outcome.IN_PLACE) {
            jdbc.update("DELETE FROM questionnaire_item WHERE template_id = ?", current.id());
            insertItems(current.id(), normalised);
        } else if (outcome == Versioning.Outcome.NEW_VERSION) {
            jdbc.update("UPDATE questionnaire_template SET active = FALSE WHERE id = ?", current.id());
            insertTemplate(programmeId, purpose, current.versionNo() + 1, normalised);
        }
        return outcome;
    }

    private Optional<Template> current(long programmeId, Purpose purpose) {
        return jdbc.queryForList("SELECT id FROM questionnaire_template WHERE programme_id = ? AND purpose = ? "
                        + "AND active = TRUE", Long.class, programmeId, purpose.name()).stream().findFirst()
                .map(this::load);
    }

    private Template load(long templateId) {
        List<Item> items = jdbc.query("SELECT kind, text, comment_allowed, required FROM questionnaire_item "
                        + "WHERE template_id = ? ORDER BY position",
                (rs, i) -> new Item(Item.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4)), templateId);
        return jdbc.queryForObject("SELECT programme_id, purpose, version_no FROM questionnaire_template WHERE id = ?",
                (rs, i) -> new Template(templateId, rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getInt(3),
                        items), templateId);
    }

    private long insertTemplate(long programmeId, Purpose purpose, int versionNo, List<Item> items) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO questionnaire_template (programme_id, purpose, version_no, active, "
                    + "created_at, created_by) VALUES (?, ?, ?, TRUE, ?, ?)", new String[] {"id"});
            ps.setLong(1, programmeId);
            ps.setString(2, purpose.name());
            ps.setInt(3, versionNo);
            ps.setTimestamp(4, Timestamp.valueOf(now()));
            ps.setString(5, currentUser.username());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        insertItems(id, items);
        return id;
    }

    private void insertItems(long templateId, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            jdbc.update("INSERT INTO questionnaire_item (template_id, position, kind, text, comment_allowed, required) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", templateId, i, it.kind().name(), it.text(), it.commentAllowed(),
                    it.required());
        }
    }

    // ---- answering ---------------------------------------------------------------------------

    /** Answers entered by staff for the participant (oral: the participant answered aloud). */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public void answer(long enrolmentId, Purpose purpose, @Nullable Long groupId, long templateId, List<Answer> answers,
                       boolean oral) {
        ParticipantRow row = enrolment(enrolmentId, purpose, groupId);
        Template t = template(row.programmeId(), purpose);
        if (t.id() != templateId) {
            throw new ObjectOptimisticLockingFailureException("questionnaire_template", templateId);
        }
        store(t, row.enrolmentId(), row.personId(), row.endDate(), groupId, answers, oral ? "ORAL" : "STAFF");
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public boolean hasAnswered(long enrolmentId, Purpose purpose, @Nullable Long groupId) {
        return jdbc.queryForObject("SELECT count(*) FROM questionnaire_given WHERE enrolment_id = ? AND purpose = ? "
                + "AND group_id = ?", Integer.class, enrolmentId, purpose.name(), groupId == null ? 0 : groupId) > 0;
    }

    /** A one-time code for the participant to answer alone on a tablet, valid a few hours. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public IssuedCode createCode(long enrolmentId, Purpose purpose, @Nullable Long groupId) {
        ParticipantRow row = enrolment(enrolmentId, purpose, groupId);
        if (hasAnswered(enrolmentId, purpose, groupId)) {
            throw new InvalidInputException("code", "questionnaire.error.already-answered");
        }
        Template t = template(row.programmeId(), purpose);
        String code = KioskCode.generate();
        LocalDateTime expires = now().plus(codeValidity);
        jdbc.update("INSERT INTO questionnaire_code (code_hash, template_id, programme_id, enrolment_id, purpose, group_id, "
                        + "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                KioskCode.hash(KioskCode.normalise(code)), t.id(), row.programmeId(), enrolmentId, purpose.name(),
                groupId == null ? 0 : groupId, currentUser.username(), Timestamp.valueOf(now()), Timestamp.valueOf(expires));
        audit.recordChange(AuditAction.CHANGE, row.personId(), enrolmentId,
                AuditService.values(Map.of("enkätkod skapad", purpose.name())));
        return new IssuedCode(code, expires);
    }

    /**
     * The questions behind a code, for the tablet; no login. Refuses unknown, used and expired
     * codes; wrong codes from one address slow down like wrong passwords.
     */
    public KioskForm openCode(String typed, @Nullable String address) {
        CodeRow c = code(typed, address);
        Template t = load(c.templateId());
        return new KioskForm(t.id(), t.purpose(), t.items());
    }

    /** The tablet's answers; the code is used up in the same transaction, so nothing is stored twice. */
    @Transactional
    public void submitWithCode(String typed, long templateId, List<Answer> answers, @Nullable String address) {
        CodeRow c = code(typed, address);
        if (c.templateId() != templateId) {
            throw new InvalidInputException("code", "questionnaire.error.code-other");
        }
        Template t = load(templateId);
        Answer.refuseUnlessValid(t.items(), answers);
        int used = jdbc.update("UPDATE questionnaire_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
                + "AND expires_at > ?", Timestamp.valueOf(now()), c.hash(), Timestamp.valueOf(now()));
        if (used != 1) {
            throw new InvalidInputException("code", "questionnaire.error.code-used");
        }
        // Still active participants have no end date yet.
        Object[] enrolment = jdbc.queryForObject("SELECT person_id, end_date FROM enrolment WHERE id = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}, c.enrolmentId());
        store(t, c.enrolmentId(), (Long) enrolment[0], (LocalDate) enrolment[1], c.groupId() == 0 ? null : c.groupId(),
                answers, "KIOSK");
    }

    private record CodeRow(String hash, long templateId, long enrolmentId, long groupId) {
    }

    private CodeRow code(String typed, @Nullable String address) {
        // Counted per address like logins, but apart from them: guessing codes costs time, and a
        // tablet's mistyped codes do not hold back the staff's logins from the same office.
        Duration wait = throttle.codeWaitFor(address);
        if (!wait.isZero()) {
            throw new InvalidInputException("code", "questionnaire.error.code-wait", Math.max(1, wait.toMinutes()));
        }
        String normalised = KioskCode.normalise(typed);
        if (normalised.isEmpty()) {
            throttle.codeFailed(address);
            throw new InvalidInputException("code", "questionnaire.error.code-unknown");
        }
        String hash = KioskCode.hash(normalised);
        List<Object[]> rows = jdbc.query("SELECT template_id, enrolment_id, group_id, expires_at, used_at "
                        + "FROM questionnaire_code WHERE code_hash = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5)}, hash);
        if (rows.isEmpty()) {
            throttle.codeFailed(address);
            throw new InvalidInputException("code", "questionnaire.error.code-unknown");
        }
        Object[] r = rows.getFirst();
        if (r[4] != null) {
            throw new InvalidInputException("code", "questionnaire.error.code-used");
        }
        if (!((LocalDateTime) r[3]).isAfter(now())) {
            throw new InvalidInputException("code", "questionnaire.error.code-expired");
        }
        return new CodeRow(hash, (long) r[0], (long) r[1], (long) r[2]);
    }

    /**
     * Stores one response without the enrolment, and separately that the enrolment answered. An
     * exit questionnaire counts on the exit day (once exited), a group evaluation on the group's
     * last session, otherwise on the day given.
     */
    private void store(Template t, long enrolmentId, @Nullable Long personId, @Nullable LocalDate endDate,
                       @Nullable Long groupId, List<Answer> answers, String mode) {
        Answer.refuseUnlessValid(t.items(), answers);
        LocalDate today = LocalDate.now(clock);
        int given = jdbc.update("INSERT IGNORE INTO questionnaire_given (enrolment_id, purpose, group_id, given_on) "
                + "VALUES (?, ?, ?, ?)", enrolmentId, t.purpose().name(), groupId == null ? 0 : groupId, today);
        if (given != 1) {
            throw new InvalidInputException("code", "questionnaire.error.already-answered");
        }
        LocalDate countsOn = today;
        if (t.purpose() == Purpose.EXIT && endDate != null) {
            countsOn = endDate;
        } else if (t.purpose() == Purpose.GROUP && groupId != null) {
            LocalDate last = jdbc.queryForObject("SELECT max(session_date) FROM group_session WHERE group_id = ? "
                    + "AND cancelled = FALSE", LocalDate.class, groupId);
            countsOn = last == null ? today : last;
        }
        LocalDate day = countsOn;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO questionnaire_response (template_id, programme_id, purpose, group_id, "
                    + "counts_on, mode) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, t.id());
            ps.setLong(2, t.programmeId());
            ps.setString(3, t.purpose().name());
            if (groupId == null) {
                ps.setNull(4, java.sql.Types.BIGINT);
            } else {
                ps.setLong(4, groupId);
            }
            ps.setObject(5, day);
            ps.setString(6, mode);
            return ps;
        }, key);
        long responseId = key.getKey().longValue();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i) == null ? Answer.NONE : answers.get(i);
            if (!a.isEmpty()) {
                jdbc.update("INSERT INTO questionnaire_answer (response_id, position, scale_value, text) VALUES (?, ?, ?, ?)",
                        responseId, i, a.scale(), se.samspar.base.TextInput.stripped(a.text()));
            }
        }
        audit.recordChange(AuditAction.CHANGE, personId, enrolmentId,
                AuditService.values(Map.of("enkät besvarad", t.purpose().name(), "sätt", mode)));
    }

    /** The enrolment, which must be in the user's programmes (and, for a group evaluation, in the group). */
    private ParticipantRow enrolment(long enrolmentId, Purpose purpose, @Nullable Long groupId) {
        List<ParticipantRow> rows = persons.enrolments(List.of(enrolmentId), "enkät");
        if (rows.isEmpty()) {
            throw new InvalidInputException("enrolmentId", "questionnaire.error.not-found");
        }
        if (purpose == Purpose.GROUP) {
            if (groupId == null || groups.group(groupId).getProgrammeId() != rows.getFirst().programmeId()
                    || groups.membersOf(groupId).stream().map(GroupMember::getEnrolmentId).noneMatch(id -> id == enrolmentId)) {
                throw new InvalidInputException("groupId", "questionnaire.error.not-in-group");
            }
        } else if (groupId != null) {
            throw new InvalidInputException("groupId", "questionnaire.error.not-in-group");
        }
        return rows.getFirst();
    }

    // ---- results -----------------------------------------------------------------------------

    /**
     * The figures of a programme and period: for exit questionnaires against those who exited in
     * the period (wrong registrations left out), for group evaluations against the members of the
     * groups whose last session fell in the period.
     */
    @Secured(Role.ROLE_SAMORDNARE)
    public QuestionnaireFigures.Figures results(long programmeId, Purpose purpose, LocalDate from, LocalDate to,
                                                boolean boardVersion) {
        requireOwn(programmeId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "questionnaire.error.period");
        }
        int base = purpose == Purpose.EXIT
                ? jdbc.queryForObject("""
                        SELECT count(*) FROM enrolment e WHERE e.programme_id = ? AND e.end_date BETWEEN ? AND ?
                          AND NOT EXISTS (SELECT 1 FROM enrolment_exit_reason r WHERE r.enrolment_id = e.id AND r.code = ?)""",
                        Integer.class, programmeId, from, to, ExitReasons.FELREGISTRERING)
                : jdbc.queryForObject("""
                        SELECT count(*) FROM group_member m JOIN group_round g ON g.id = m.group_id
                        WHERE g.programme_id = ? AND (SELECT max(s.session_date) FROM group_session s
                              WHERE s.group_id = g.id AND s.cancelled = FALSE) BETWEEN ? AND ?""",
                        Integer.class, programmeId, from, to);
        Map<Long, List<Item>> itemsByTemplate = new LinkedHashMap<>();
        Map<Long, Long> templateOf = new LinkedHashMap<>();
        Map<Long, Map<Integer, Answer>> answersOf = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.id, r.template_id, a.position, a.scale_value, a.text FROM questionnaire_response r
                LEFT JOIN questionnaire_answer a ON a.response_id = r.id
                WHERE r.programme_id = ? AND r.purpose = ? AND r.counts_on BETWEEN ? AND ? ORDER BY r.id, a.position""",
                rs -> {
                    long id = rs.getLong(1);
                    templateOf.put(id, rs.getLong(2));
                    Map<Integer, Answer> m = answersOf.computeIfAbsent(id, k -> new LinkedHashMap<>());
                    int position = rs.getInt(3);
                    if (!rs.wasNull()) {
                        int scale = rs.getInt(4);
                        m.put(position, new Answer(rs.wasNull() ? null : scale, rs.getString(5)));
                    }
                }, programmeId, purpose.name(), from, to);
        List<QuestionnaireFigures.Response> responses = new ArrayList<>();
        templateOf.forEach((id, templateId) -> {
            List<Item> items = itemsByTemplate.computeIfAbsent(templateId, t -> load(t).items());
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                answers.add(answersOf.get(id).getOrDefault(i, Answer.NONE));
            }
            responses.add(new QuestionnaireFigures.Response(items, answers));
        });
        return QuestionnaireFigures.of(base, responses, boardVersion, privacyThreshold);
    }

    private void requireOwn(long programmeId) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
    }

    private LocalDateTime now() {
        return se.samspar.base.SwedishTime.now(clock);
    }
}
