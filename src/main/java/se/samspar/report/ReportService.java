package se.samspar.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CodeLists;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.Sha256;
import se.samspar.codelist.CodeListService;
import se.samspar.programme.PlacesSummary;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.questionnaire.QuestionnaireService;
import se.samspar.session.AttendanceService;

/**
 * The coordinator's periodic report: reads the facts behind a programme's report and computes
 * its figures with {@link ReportFigures}, keeps the drafts the coordinator writes, renders the
 * PDF and publishes it to the board's archive. One query for the enrolments that touch the period
 * (and the previous one, for comparison), one each for their support kinds and exit reasons.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final JdbcTemplate jdbc;
    private final EnrolmentFactsQuery factsQuery;
    private final ProgrammeService programmes;
    private final QuestionnaireService questionnaires;
    private final AttendanceService attendance;
    private final CodeListService codeLists;
    private final ReportDraftRepository drafts;
    private final PublishedReportRepository published;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AgeBands ageBands;
    private final int threshold;
    private final String footer;
    private final PeriodPresets presets;
    private final se.samspar.audit.AuditService audit;
    private final org.springframework.beans.factory.ObjectProvider<AssessmentReading> assessments;

    ReportService(JdbcTemplate jdbc, EnrolmentFactsQuery factsQuery, ProgrammeService programmes, QuestionnaireService questionnaires,
                  AttendanceService attendance, CodeListService codeLists, ReportDraftRepository drafts,
                  PublishedReportRepository published, CurrentUser currentUser, Clock clock, ReportSettings settings,
                  se.samspar.audit.AuditService audit,
                  org.springframework.beans.factory.ObjectProvider<AssessmentReading> assessments) {
        this.audit = audit;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.factsQuery = factsQuery;
        this.programmes = programmes;
        this.questionnaires = questionnaires;
        this.attendance = attendance;
        this.codeLists = codeLists;
        this.drafts = drafts;
        this.published = published;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ageBands = settings.ageBands();
        this.threshold = settings.threshold();
        this.presets = settings.presets();
        this.footer = settings.footer();
    }

    /**
     * The figures of one programme and period, and of the period before it when asked ("6 (22)"):
     * every count of the report, the questionnaires' and the groups' figures, and the cross-table
     * of support at start against the outcome.
     */
    public record Figures(String programmeName, Period period, ReportFigures.Capacity capacity,
                          ReportFigures.PeriodFigures now, Optional<ReportFigures.PeriodFigures> previous,
                          ReportFigures.Layout layout, QuestionnaireFigures.Figures exitQuestionnaire,
                          QuestionnaireFigures.Figures groupEvaluation, List<AttendanceService.GroupSummary> groups,
                          List<SupportOutcome.Row> supportOutcome, StepReport steps) {

        /** The figures without stegförflyttning (no Stegförflyttning section). */
        public Figures(String programmeName, Period period, ReportFigures.Capacity capacity,
                       ReportFigures.PeriodFigures now, Optional<ReportFigures.PeriodFigures> previous,
                       ReportFigures.Layout layout, QuestionnaireFigures.Figures exitQuestionnaire,
                       QuestionnaireFigures.Figures groupEvaluation, List<AttendanceService.GroupSummary> groups,
                       List<SupportOutcome.Row> supportOutcome) {
            this(programmeName, period, capacity, now, previous, layout, exitQuestionnaire, groupEvaluation, groups,
                    supportOutcome, StepReport.NONE);
        }

        /** The same figures with the stegförflyttning's. */
        public Figures withSteps(StepReport steps) {
            return new Figures(programmeName, period, capacity, now, previous, layout, exitQuestionnaire,
                    groupEvaluation, groups, supportOutcome, steps);
        }

        /** A period without any enrolment, group or headcount: the report says so instead of showing zeros everywhere. */
        public boolean empty() {
            ReportFigures.Places p = now.places();
            return p.activeDuring() == 0 && p.exited() == 0 && p.anonymousDuring() == 0 && groups.isEmpty()
                    && now.headcounts().isEmpty() && capacity.followUpUsed() == 0;
        }

        public ReportFigures.Places places() {
            return now.places();
        }

        public ReportFigures.Results results() {
            return now.results();
        }

        public ReportFigures.TargetGroup targetGroup() {
            return now.targetGroup();
        }

        public Map<String, Integer> exitReasons() {
            return now.exitReasons();
        }

        public ReportFigures.TimeInProgramme timeInProgramme() {
            return now.time();
        }
    }

    /** The periods offered when a report is begun (a setting), latest first. */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<Period> periodPresets() {
        return presets.around(LocalDate.now(clock));
    }

    /** The board's smallest count shown as it is: below it, "&lt;k". */
    @Secured(Role.ROLE_SAMORDNARE)
    public int privacyThreshold() {
        return threshold;
    }

    @Secured(Role.ROLE_SAMORDNARE)
    public Figures figures(long programmeId, LocalDate from, LocalDate to, boolean compare) {
        return figures(programmeId, from, to, compare, false);
    }

    private Figures figures(long programmeId, LocalDate from, LocalDate to, boolean compare, boolean boardVersion) {
        requireOwn(programmeId);
        Period period = Period.entered(from, to);
        Programme programme = programmes.get(programmeId);
        LocalDate since = compare ? period.previous().from() : from;
        List<EnrolmentFacts> facts = factsQuery.facts(programmeId, since, to);
        List<ReportFigures.HeadcountFact> headcounts = jdbc.query("""
                SELECT count_date, activity, women, men FROM headcount WHERE programme_id = ? AND count_date BETWEEN ? AND ?
                ORDER BY count_date, id""", (rs, i) -> new ReportFigures.HeadcountFact(rs.getObject(1, LocalDate.class),
                rs.getString(2), rs.getInt(3), rs.getInt(4)), programmeId, since, to);
        ReportFigures.Layout layout = layout(programme);
        Integer target = programme.getTargetShareWorkOrStudies();
        return new Figures(programme.getName(), period, capacity(programmeId, period),
                ReportFigures.of(facts, headcounts, period, target, layout),
                compare ? Optional.of(ReportFigures.of(facts, headcounts, period.previous(), target, layout))
                        : Optional.empty(),
                layout, questionnaires.results(programmeId, Purpose.EXIT, from, to, boardVersion),
                questionnaires.results(programmeId, Purpose.GROUP, from, to, boardVersion),
                attendance.summaries(programmeId, from, to), SupportOutcome.of(facts, period, layout.support()),
                steps(programmeId, period, since, compare));
    }

    /** The stegförflyttning of the period (and the one before), when the assessments are read at all. */
    private StepReport steps(long programmeId, Period period, LocalDate since, boolean compare) {
        AssessmentReading reading = assessments.getIfAvailable();
        if (reading == null) {
            return StepReport.NONE;
        }
        return StepReport.of(reading.facts(programmeId, since, period.to()), period, compare,
                reading.dimensions(programmeId));
    }

    /** The programme's own bands (or the förbund's default age bands) and the code lists' order. */
    private ReportFigures.Layout layout(Programme programme) {
        List<Integer> ages = se.samspar.programme.ReportLayout.parse(programme.getReportAgeBands(),
                se.samspar.programme.ReportLayout.AGE_MAX);
        List<Integer> lower = new ArrayList<>(List.of(0));
        lower.addAll(ages);
        return new ReportFigures.Layout(ages.isEmpty() ? ageBands : new AgeBands(lower),
                new UpperBands(se.samspar.programme.ReportLayout.parse(programme.getReportYearBands(),
                        se.samspar.programme.ReportLayout.YEARS_MAX)),
                new UpperBands(se.samspar.programme.ReportLayout.parse(programme.getReportTimeBands(),
                        se.samspar.programme.ReportLayout.MONTHS_MAX)),
                List.copyOf(codeLists.allValues(CodeLists.EDUCATION).keySet()),
                List.copyOf(codeLists.allValues(CodeLists.SUPPORT).keySet()),
                List.copyOf(codeLists.allValues(CodeLists.EXIT_REASON).keySet()));
    }

    /**
     * The places on the period's last day (or first, for a programme that ended), and how many
     * persons used a follow-up place: had a follow-up contact on some day of the period.
     */
    private ReportFigures.Capacity capacity(long programmeId, Period period) {
        PlacesSummary atStart = programmes.placesOn(period.from()).stream().filter(s -> s.programmeId() == programmeId)
                .findFirst().orElse(null);
        PlacesSummary places = programmes.placesOn(period.to()).stream().filter(s -> s.programmeId() == programmeId)
                .findFirst().orElse(atStart);
        Integer used = jdbc.queryForObject("""
                SELECT count(DISTINCT e.person_id) FROM follow_up_contact f JOIN enrolment e ON e.id = f.enrolment_id
                WHERE e.programme_id = ? AND f.contact_date BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM enrolment_exit_reason r WHERE r.enrolment_id = e.id AND r.code = ?)""",
                Integer.class, programmeId, period.from(), period.to(), se.samspar.enrolment.ExitReasons.FELREGISTRERING);
        int budgeted = places == null ? 0 : places.budgeted();
        return new ReportFigures.Capacity(budgeted, places == null ? 0 : places.followUp(), used == null ? 0 : used,
                atStart == null ? budgeted : atStart.budgeted(), places == null ? Map.of() : places.other());
    }

    // ---- drafts ------------------------------------------------------------------------------

    /** The programmes the coordinator reports on. */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<Programme> programmes() {
        return programmes.visibleProgrammes();
    }

    /** The coordinator's drafts, newest first. */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<ReportDraft> drafts() {
        return drafts.findByProgrammeIdInOrderByUpdatedAtDesc(currentUser.programmeIds());
    }

    @Secured(Role.ROLE_SAMORDNARE)
    public ReportDraft draft(long draftId) {
        ReportDraft d = drafts.findWithQuotesById(draftId)
                .orElseThrow(() -> new InvalidInputException("id", "report.error.not-found"));
        requireOwn(d.getProgrammeId());
        return d;
    }

    /** A new draft; "Syfte och mål" starts as the programme's purpose. */
    @Secured(Role.ROLE_SAMORDNARE)
    @Transactional
    public ReportDraft createDraft(long programmeId, ReportKind kind, LocalDate from, LocalDate to) {
        requireOwn(programmeId);
        se.samspar.base.InputProblems problems = new se.samspar.base.InputProblems();
        if (kind == null) {
            problems.add("kind", "error.required");
        }
        problems.run(() -> Period.entered(from, to));
        problems.throwIfAny();
        Programme programme = programmes.get(programmeId);
        DraftContent content = new DraftContent(kind, from, to, false, new DraftContent.Texts(programme.getPurpose(),
                null, null, null, null, null), List.of(), null, null, null);
        return drafts.saveAndFlush(new ReportDraft(programmeId, currentUser.username(), content, now()));
    }

    /** Saves what the coordinator wrote; an edit made meanwhile by someone else is refused. */
    @Secured(Role.ROLE_SAMORDNARE)
    @Transactional
    public ReportDraft saveDraft(long draftId, long version, DraftContent content) {
        ReportDraft d = draft(draftId);
        if (d.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReportDraft.class, draftId);
        }
        validate(content);
        d.apply(content, now());
        return drafts.saveAndFlush(d);
    }

    @Secured(Role.ROLE_SAMORDNARE)
    @Transactional
    public void deleteDraft(long draftId) {
        drafts.delete(draft(draftId));
    }

    /** The questionnaire comments and free-text answers of the period, for the coordinator to quote. */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<QuestionnaireFigures.TextResult> quotable(long programmeId, LocalDate from, LocalDate to) {
        requireOwn(programmeId);
        Period.entered(from, to);
        List<QuestionnaireFigures.TextResult> texts = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            questionnaires.results(programmeId, purpose, from, to, false).texts().stream()
                    .filter(t -> !t.answers().isEmpty()).forEach(texts::add);
        }
        return texts;
    }

    /** The PDF of a draft as it stands, in the coordinator's full version or the board's. */
    @Secured(Role.ROLE_SAMORDNARE)
    public byte[] preview(long draftId, boolean boardVersion) {
        ReportDraft d = draft(draftId);
        return render(d.getProgrammeId(), d.content(), boardVersion);
    }

    /**
     * The PDF without a draft, for scheduled runs: the sections the figures fill, with the
     * programme's purpose as "Syfte och mål".
     */
    @Secured(Role.ROLE_SAMORDNARE)
    public byte[] generate(long programmeId, ReportKind kind, LocalDate from, LocalDate to, boolean compare,
                           boolean boardVersion) {
        requireOwn(programmeId);
        Period.entered(from, to);
        return render(programmeId, new DraftContent(kind, from, to, compare, new DraftContent.Texts(
                programmes.get(programmeId).getPurpose(), null, null, null, null, null), List.of(), null, null, null),
                boardVersion);
    }

    private byte[] render(long programmeId, DraftContent content, boolean boardVersion) {
        Figures f = figures(programmeId, content.from(), content.to(), content.comparePrevious(), boardVersion);
        Map<String, String> labels = new HashMap<>();
        for (String list : List.of(CodeLists.EDUCATION, CodeLists.SUPPORT, CodeLists.EXIT_REASON)) {
            labels.putAll(codeLists.allValues(list));
        }
        // A picked quote from a group evaluation is printed under Gruppverksamheten, the others with the exit questionnaires.
        // The board's figures carry no free text, so only its version reads the group evaluations' texts again.
        QuestionnaireFigures.Figures groupEvaluation = boardVersion
                ? questionnaires.results(programmeId, Purpose.GROUP, content.from(), content.to(), false)
                : f.groupEvaluation();
        java.util.Set<String> groupTexts = new java.util.HashSet<>();
        groupEvaluation.texts().forEach(t -> groupTexts.addAll(t.answers()));
        byte[] pdf = ReportPdf.render(new ReportPdf.Input(f, content, labels, footer,
                boardVersion ? Optional.of(threshold) : Optional.empty(), groupTexts));
        // Every PDF made is in the audit log: which report, which version, its SHA-256.
        audit.recordRead(se.samspar.audit.AuditAction.PDF, null, null, "rapport " + f.programmeName() + " "
                + content.from() + "–" + content.to() + (boardVersion ? ", styrelsens version" : ", fullständig version")
                + ", SHA-256 " + Sha256.hex(pdf));
        return pdf;
    }

    // ---- publishing and the archive ----------------------------------------------------------

    /**
     * Publishes the draft as the board's version of the PDF: stored immutable with its SHA-256 as
     * the next version of that programme's, period's and kind's report. A draft not changed since
     * it was last published is refused, so that a double click makes no second version. Nothing
     * is stored when the PDF cannot be made.
     */
    @Secured(Role.ROLE_SAMORDNARE)
    @Transactional
    public PublishedReport publish(long draftId, long version) {
        ReportDraft d = draft(draftId);
        if (d.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReportDraft.class, draftId);
        }
        if (!d.isChangedSincePublish()) {
            throw new InvalidInputException("publish", "report.error.published-already", d.getPublishedVersion());
        }
        DraftContent content = d.content();
        validate(content);
        byte[] pdf = render(d.getProgrammeId(), content, true);
        PublishedReport report = store(d.getProgrammeId(), programmes.get(d.getProgrammeId()).getName(),
                content.kind(), content.from(), content.to(), pdf);
        d.published(report.getVersionNo());
        drafts.saveAndFlush(d);
        return report;
    }

    /**
     * Stores the PDF as the next version of its programme's (or, without a programme, the
     * förbund's) report of that kind and period, by the current user, with its SHA-256.
     */
    private PublishedReport store(@Nullable Long programmeId, String title, ReportKind kind, LocalDate from,
                                  LocalDate to, byte[] pdf) {
        int next = (programmeId == null ? published.lastForbundVersion(kind, from, to)
                : published.lastVersion(programmeId, kind, from, to)) + 1;
        String author = currentUser.username();
        String authorName = jdbc.queryForList("SELECT full_name FROM app_user WHERE username = ?", String.class, author)
                .stream().findFirst().orElse(author);
        try {
            return published.saveAndFlush(new PublishedReport(programmeId, title, kind, from, to, next, author,
                    authorName, now(), pdf, Sha256.hex(pdf)));
        } catch (DataIntegrityViolationException e) {
            // Someone published the same report at the same moment: their version stands.
            throw new InvalidInputException("publish", "report.error.published-meanwhile");
        }
    }

    /** A published report as the archive lists it (without the PDF itself). */
    public record ArchiveEntry(long id, @Nullable Long programmeId, String programmeName, ReportKind kind, LocalDate from,
                               LocalDate to, int version, String authorName, LocalDateTime publishedAt, String sha256,
                               int sizeBytes) {
    }

    /** A PDF to download: a file name that says what it is, and the bytes. */
    public record ArchivedPdf(String fileName, byte[] pdf, String sha256) {
    }

    /**
     * The archive, newest period first, filtered by the year the period ends in and programme.
     * The board sees every programme's reports; a coordinator those of their own programmes.
     */
    @Secured({Role.ROLE_STYRELSE, Role.ROLE_SAMORDNARE})
    public List<ArchiveEntry> archive(@Nullable Integer year, @Nullable Long programmeId) {
        return entries(year, programmeId).stream().filter(e -> mayRead(e.programmeId())).toList();
    }

    /**
     * Every published report whose period ends in the year, every programme's and the förbund's,
     * for the förbund's annual report. What is published is the board's version, which the board
     * reads in full; the coordinator who assembles the annual report reads the same.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public List<ArchiveEntry> publishedIn(int year) {
        return entries(year, null);
    }

    /** A published report's PDF for the annual report (any programme's, see {@link #publishedIn}). */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public ArchivedPdf publishedPdf(long publishedId) {
        return pdfOf(published.findById(publishedId)
                .orElseThrow(() -> new InvalidInputException("id", "report.error.not-found")));
    }

    private List<ArchiveEntry> entries(@Nullable Integer year, @Nullable Long programmeId) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, programme_id, programme_name, kind, period_from, period_to, version_no, author_name,
                       published_at, sha256, size_bytes FROM published_report WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (year != null) {
            sql.append(" AND YEAR(period_to) = ?");
            args.add(year);
        }
        if (programmeId != null) {
            sql.append(" AND programme_key = ?");
            args.add(programmeId);
        }
        sql.append(" ORDER BY period_to DESC, programme_name, kind, version_no DESC");
        return jdbc.query(sql.toString(), (rs, i) -> new ArchiveEntry(rs.getLong(1), rs.getObject(2, Long.class),
                rs.getString(3),
                ReportKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getInt(7), rs.getString(8), rs.getTimestamp(9, hibernateZone()).toLocalDateTime(), rs.getString(10),
                rs.getInt(11)),
                args.toArray());
    }

    /**
     * Timestamps are written by Hibernate in the zone of {@code hibernate.jdbc.time_zone} (the
     * förbund's); read here the same way, the archive shows the time the drafts list and the audit
     * log show (it was an hour ahead on a server running in UTC).
     */
    private static java.util.Calendar hibernateZone() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(se.samspar.base.SwedishTime.ZONE));
    }

    /** The archive filter's key for the förbund's own reports (the statistics). */
    public static final long FORBUND = 0;

    /** The programmes that have published reports, id → name, for the archive's filter. */
    @Secured({Role.ROLE_STYRELSE, Role.ROLE_SAMORDNARE})
    public Map<Long, String> archivedProgrammes() {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.query("SELECT DISTINCT programme_id, programme_name FROM published_report ORDER BY programme_name",
                rs -> {
                    Long id = rs.getObject(1, Long.class);
                    if (mayRead(id)) {
                        result.putIfAbsent(id == null ? FORBUND : id, rs.getString(2));
                    }
                });
        return result;
    }

    @Secured({Role.ROLE_STYRELSE, Role.ROLE_SAMORDNARE})
    public ArchivedPdf archivedPdf(long publishedId) {
        PublishedReport r = published.findById(publishedId).filter(p -> mayRead(p.getProgrammeId()))
                .orElseThrow(() -> new InvalidInputException("id", "report.error.not-found"));
        return pdfOf(r);
    }

    private static ArchivedPdf pdfOf(PublishedReport r) {
        String name = (r.getProgrammeName() + "-" + r.getFrom() + "-" + r.getTo() + "-v" + r.getVersionNo())
                .replaceAll("[^\\p{L}\\p{N}.-]+", "-") + ".pdf";
        return new ArchivedPdf(name, r.pdf(), r.getSha256());
    }

    /** The board reads everything; a coordinator the reports of their programmes and the förbund's statistics. */
    private boolean mayRead(@Nullable Long programmeId) {
        return currentUser.hasRole(Role.STYRELSE) || programmeId == null
                || currentUser.programmeIds().contains(programmeId);
    }

    /**
     * Publishes a PDF over the whole förbund (the board's statistics) as the next version of its
     * kind and period. Callers check the role and render the board's version.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    @Transactional
    public PublishedReport publishForbund(ReportKind kind, LocalDate from, LocalDate to, String title, byte[] pdf) {
        return store(null, title, kind, from, to, pdf);
    }

    // ---- rules -------------------------------------------------------------------------------

    /** Refuses the draft's content with every broken rule at once. */
    static void validate(DraftContent c) {
        se.samspar.base.InputProblems problems = new se.samspar.base.InputProblems();
        if (c.kind() == null) {
            problems.add("kind", "error.required");
        }
        problems.run(() -> Period.entered(c.from(), c.to()));
        c.texts().byField().forEach((field, text) -> {
            if (text != null && text.length() > DraftContent.SECTION_MAX) {
                problems.add(field, "report.error.too-long", DraftContent.SECTION_MAX);
            }
        });
        if (c.quotes().size() > DraftContent.QUOTES_MAX) {
            problems.add("quotes", "report.error.too-many-quotes", DraftContent.QUOTES_MAX);
        }
        if (c.quotes().stream().anyMatch(q -> q.length() > DraftContent.QUOTE_MAX)) {
            problems.add("quotes", "report.error.too-long", DraftContent.QUOTE_MAX);
        }
        if (c.place() != null && c.place().length() > DraftContent.PLACE_MAX) {
            problems.add("place", "report.error.too-long", DraftContent.PLACE_MAX);
        }
        if (c.signature() != null && c.signature().length() > DraftContent.SIGNATURE_MAX) {
            problems.add("signature", "report.error.too-long", DraftContent.SIGNATURE_MAX);
        }
        problems.throwIfAny();
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
