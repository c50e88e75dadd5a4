package se.samspar.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
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
import se.samspar.base.Role;
import se.samspar.base.SwedishTime;
import se.samspar.base.TextInput;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.programme.ProgrammeCreated;
import se.samspar.programme.ProgrammeKind;

/**
 * Stegförflyttning: templates, the assessments staff record with a participant, and when the next
 * one is due. Only the programme's own staff and coordinators; every enrolment read is recorded
 * in the audit log as the participant page's other reads are, and every assessment saved or
 * changed too, with what changed. The rules are {@link AssessmentRules}'.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    static final String PURPOSE = "stegförflyttning";

    private final JdbcTemplate jdbc;
    private final TemplateStore templates;
    private final PersonService persons;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final int startWeeks;
    private final int followUpWeeks;
    private final AssessmentQueries queries;

    AssessmentService(JdbcTemplate jdbc, TemplateStore templates, PersonService persons, CurrentUser currentUser,
                      AuditService audit, Clock clock, AssessmentQueries queries,
                      @Value("${samspar.assessment.start-within-weeks:4}") int startWeeks,
                      @Value("${samspar.assessment.follow-up-weeks:12}") int followUpWeeks) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.persons = persons;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.queries = queries;
        this.startWeeks = startWeeks;
        this.followUpWeeks = followUpWeeks;
    }

    /** The weeks within which the start assessment is due. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public int startWeeks() {
        return startWeeks;
    }

    /** The weeks between follow-up assessments. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public int followUpWeeks() {
        return followUpWeeks;
    }

    /**
     * One enrolment's assessments, oldest first, with the template versions they were made on, the
     * current template (for a new one) and when the next one is due.
     */
    public record Overview(long enrolmentId, long programmeId, @Nullable LocalDate start, @Nullable LocalDate end,
                           LocalDate today, AssessmentTemplate current, List<RecordedAssessment> assessments,
                           Map<Long, AssessmentTemplate> templates, Optional<AssessmentDue.Due> due) {

        /** The rules' view of the enrolment, for a new assessment (null) or for editing one. */
        public AssessmentRules.Context context(@Nullable Long editedId) {
            return new AssessmentRules.Context(start, end, today, assessments.stream()
                    .filter(a -> editedId == null || a.id() != editedId).map(RecordedAssessment::kind).toList());
        }

        public AssessmentTemplate templateOf(RecordedAssessment a) {
            return templates.getOrDefault(a.templateId(), current);
        }
    }

    /** A participant of "Mina deltagare" whose assessment is due. */
    public record Reminder(long personId, long enrolmentId, long programmeId, @Nullable String firstName,
                           @Nullable String lastName, boolean anonymous, se.samspar.participant.Kon kon, int birthYear,
                           AssessmentDue.Due due) {
    }

    public enum TemplateChange { UNCHANGED, IN_PLACE, NEW_VERSION }

    /** A version of a programme's template for the editor's history: when made, last changed, how many assessed on it. */
    public record TemplateVersion(long id, int versionNo, boolean current, java.time.LocalDateTime createdAt,
                                  String createdBy, java.time.@Nullable LocalDateTime changedAt,
                                  @Nullable String changedBy, int assessments) {
    }

    // ---- templates ---------------------------------------------------------------------------

    /** The programme's current template; one without gets the defaults as version 1. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public AssessmentTemplate template(long programmeId) {
        requireOwn(programmeId);
        return templates.currentOrDefault(programmeId);
    }

    /** The programme's template versions, newest (the current) first. */
    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public List<TemplateVersion> templateVersions(long programmeId) {
        requireOwn(programmeId);
        templates.currentOrDefault(programmeId);
        return templates.versions(programmeId);
    }

    /**
     * Saves the coordinator's edit of the version opened ({@code edited}, with its lock version):
     * in place while no one has been assessed on it, as a new version once someone has (the
     * assessments keep theirs). Refused as a concurrent edit when the programme's current version
     * is no longer the one opened or was changed since.
     */
    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public TemplateChange saveTemplate(long programmeId, AssessmentTemplate edited,
                                       List<AssessmentTemplate.TemplateDimension> dimensions, List<String> ladder) {
        AssessmentTemplate current = template(programmeId);
        if (current.id() != edited.id() || current.version() != edited.version()) {
            throw new ObjectOptimisticLockingFailureException("assessment_template", edited.id());
        }
        TemplateRules.refuseUnlessValid(dimensions, ladder);
        if (current.dimensions().equals(dimensions) && current.ladder().equals(ladder)) {
            return TemplateChange.UNCHANGED;
        }
        if (!templates.claim(current.id(), current.version())) {
            throw new ObjectOptimisticLockingFailureException("assessment_template", edited.id());
        }
        if (!templates.assessed(current.id())) {
            templates.replace(current.id(), dimensions, ladder);
            return TemplateChange.IN_PLACE;
        }
        templates.deactivate(current.id());
        templates.insert(programmeId, current.versionNo() + 1, dimensions, ladder);
        return TemplateChange.NEW_VERSION;
    }

    /** A new programme with individual participants gets the default template in the transaction that creates it. */
    @EventListener
    void seedDefaults(ProgrammeCreated created) {
        if (created.kind() != ProgrammeKind.HEADCOUNT) {
            templates.currentOrDefault(created.programmeId());
        }
    }

    /** Retention: the assessments keep their scores and steps and lose every free text. */
    @EventListener
    void clearTexts(se.samspar.enrolment.EnrolmentAnonymised anonymised) {
        jdbc.update("UPDATE assessment_score s JOIN assessment a ON a.id = s.assessment_id SET s.comment = NULL "
                + "WHERE a.enrolment_id = ?", anonymised.enrolmentId());
        jdbc.update("UPDATE assessment SET override_reason = NULL WHERE enrolment_id = ?", anonymised.enrolmentId());
    }

    // ---- assessments -------------------------------------------------------------------------

    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Overview overview(long enrolmentId) {
        ParticipantRow row = enrolment(enrolmentId);
        AssessmentTemplate current = templates.currentOrDefault(row.programmeId());
        List<RecordedAssessment> list = queries.assessmentsOf(enrolmentId);
        Map<Long, AssessmentTemplate> used = new HashMap<>();
        used.put(current.id(), current);
        list.forEach(a -> used.computeIfAbsent(a.templateId(), templates::load));
        LocalDate today = LocalDate.now(clock);
        Optional<AssessmentDue.Due> due = AssessmentDue.of(row.startDate(), row.endDate(), list.stream()
                .map(a -> new AssessmentDue.Made(a.date(), a.kind())).toList(), today, startWeeks, followUpWeeks);
        return new Overview(enrolmentId, row.programmeId(), row.startDate(), row.endDate(), today, current, list,
                Map.copyOf(used), due);
    }

    /** Records a new assessment on the programme's current template; returns its id. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public long record(long enrolmentId, AssessmentDraft draft) {
        Overview o = overview(enrolmentId);
        refuseUnlessValid(o.current(), draft, o.context(null));
        LocalDate date = draft.getDate();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Long me = currentUser.userId().orElse(null);
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO assessment (enrolment_id, template_id, assessed_on, kind, "
                    + "assessed_by, ladder_step, override_reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, enrolmentId);
            ps.setLong(2, o.current().id());
            ps.setObject(3, date);
            ps.setString(4, draft.getKind().name());
            ps.setObject(5, me);
            ps.setInt(6, draft.getStep());
            ps.setString(7, reason(o.current(), draft, o.context(null)));
            ps.setTimestamp(8, Timestamp.valueOf(SwedishTime.now(clock)));
            ps.setString(9, currentUser.username());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        insertScores(id, o.current(), draft);
        audit.recordChange(AuditAction.CREATE, personOf(enrolmentId), enrolmentId,
                AuditService.values(snapshot(o.current(), draft.getDate(), draft.getKind(), draft.getStep(),
                        draft.getScores())));
        return id;
    }

    /**
     * Changes a recorded assessment, on the template version it was made on. Refused as a
     * concurrent edit when someone else saved it since it was opened (its version).
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public void edit(long assessmentId, long version, AssessmentDraft draft) {
        Long enrolmentId = jdbc.queryForList("SELECT enrolment_id FROM assessment WHERE id = ?", Long.class,
                assessmentId).stream().findFirst().orElseThrow(
                () -> new InvalidInputException("id", "assessment.error.not-found"));
        Overview o = overview(enrolmentId);
        RecordedAssessment before = o.assessments().stream().filter(a -> a.id() == assessmentId).findFirst()
                .orElseThrow();
        AssessmentTemplate template = o.templateOf(before);
        AssessmentRules.Context context = o.context(assessmentId);
        refuseUnlessValid(template, draft, context);
        int updated = jdbc.update("UPDATE assessment SET assessed_on = ?, kind = ?, ladder_step = ?, override_reason = ?, "
                        + "changed_at = ?, changed_by = ?, version = version + 1 WHERE id = ? AND version = ?",
                draft.getDate(), draft.getKind().name(), draft.getStep(), reason(template, draft, context),
                Timestamp.valueOf(SwedishTime.now(clock)), currentUser.username(), assessmentId, version);
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException("assessment", assessmentId);
        }
        jdbc.update("DELETE FROM assessment_score WHERE assessment_id = ?", assessmentId);
        insertScores(assessmentId, template, draft);
        AuditService.changes(snapshot(template, before.date(), before.kind(), before.step(), before.scores()),
                        snapshot(template, draft.getDate(), draft.getKind(), draft.getStep(), draft.getScores()))
                .ifPresent(d -> audit.recordChange(AuditAction.CHANGE, personOf(enrolmentId), enrolmentId, d));
    }

    /** The user's own active participants whose start or follow-up assessment is due or overdue. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<Reminder> dueForMyParticipants() {
        Long me = currentUser.userId().orElse(null);
        if (me == null || currentUser.programmeIds().isEmpty()) {
            return List.of();
        }
        List<Reminder> due = queries.due(currentUser.programmeIds(), me, LocalDate.now(clock), startWeeks,
                followUpWeeks);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("bedömning att göra", "mina deltagare");
        what.put("träffar", due.size());
        audit.recordRead(AuditAction.SEARCH, null, null, AuditService.values(what));
        return due;
    }

    // ---- for the report ----------------------------------------------------------------------

    /**
     * The programme's enrolments active at some day of the period (started, not ended before it,
     * wrong registrations left out) with their assessments: no names, no numbers.
     */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<AssessmentFacts> facts(long programmeId, LocalDate from, LocalDate to) {
        requireOwn(programmeId);
        return queries.facts(programmeId, from, to);
    }

    /** The dimensions of the programme's current template (the defaults when it has none yet). */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<Dimension> dimensions(long programmeId) {
        requireOwn(programmeId);
        return dimensionsForFigures(programmeId);
    }

    /**
     * The same facts for the figures of the reports and the förbund-wide board statistics, which
     * check their own access (a coordinator's own programme; every programme for the statistics)
     * and print only counts: no names, no numbers, no texts.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public List<AssessmentFacts> factsForFigures(long programmeId, LocalDate from, LocalDate to) {
        return queries.facts(programmeId, from, to);
    }

    /** The same for several programmes at once (the board statistics): programme → facts. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Map<Long, List<AssessmentFacts>> factsForFigures(java.util.Collection<Long> programmeIds, LocalDate from,
                                                            LocalDate to) {
        return queries.facts(programmeIds, from, to);
    }

    /** The dimensions for the figures, as {@link #dimensions} but for any programme. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public List<Dimension> dimensionsForFigures(long programmeId) {
        return templates.current(programmeId).map(AssessmentTemplate::dimensions)
                .orElse(AssessmentTemplate.defaultDimensions()).stream()
                .map(AssessmentTemplate.TemplateDimension::dimension).toList();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static void refuseUnlessValid(AssessmentTemplate t, AssessmentDraft draft, AssessmentRules.Context context) {
        List<InvalidInputException.Problem> problems = AssessmentRules.problems(t, draft, context);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The reason is kept only where it overrides the warning. */
    private static @Nullable String reason(AssessmentTemplate t, AssessmentDraft draft, AssessmentRules.Context context) {
        return AssessmentRules.needsReason(draft.getKind(), context) ? TextInput.stripped(draft.getOverrideReason())
                : null;
    }

    private void insertScores(long assessmentId, AssessmentTemplate t, AssessmentDraft draft) {
        for (AssessmentTemplate.TemplateDimension d : t.dimensions()) {
            jdbc.update("INSERT INTO assessment_score (assessment_id, dimension_code, score, comment) VALUES (?, ?, ?, ?)",
                    assessmentId, d.code(), draft.getScore(d.code()), TextInput.stripped(draft.getComment(d.code())));
        }
    }

    /** What the audit log keeps of an assessment: the day, kind, step and scores; comments only that they changed. */
    private static Map<String, Object> snapshot(AssessmentTemplate t, LocalDate date, AssessmentFacts.Kind kind,
                                                int step, Map<String, AssessmentDraft.Score> scores) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("bedömningsdatum", date);
        s.put("bedömning", kind.name());
        s.put("steg", step);
        for (AssessmentTemplate.TemplateDimension d : t.dimensions()) {
            AssessmentDraft.Score score = scores.get(d.code());
            s.put(d.label(), score == null ? null : score.value());
            String comment = score == null ? null : TextInput.stripped(score.comment());
            s.put(d.label() + " kommentar", comment == null ? null : "#" + Integer.toHexString(comment.hashCode()));
        }
        return s;
    }

    private ParticipantRow enrolment(long enrolmentId) {
        List<ParticipantRow> rows = persons.enrolments(List.of(enrolmentId), PURPOSE);
        if (rows.isEmpty()) {
            throw new AccessDeniedException("Enrolment " + enrolmentId + " is not in the user's programmes");
        }
        return rows.getFirst();
    }

    private long personOf(long enrolmentId) {
        return jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolmentId);
    }

    private void requireOwn(long programmeId) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
    }
}
