package se.samspar.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.base.Sha256;
import se.samspar.base.SwedishTime;
import se.samspar.report.PublishedReport;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.report.ReportSettings;

/**
 * The förbund's annual report for a year: finds the published parts in the archive
 * ({@link AnnualParts}), keeps the coordinator's order, choice and texts as a draft, assembles one
 * PDF of the archived PDFs ({@link AnnualReportPdf}) and publishes it to the archive as kind
 * ARSRAPPORT, where the board reads it. The administrator and the coordinators make it.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportService {

    /** The years an annual report can be made for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The longest foreword or closing text. */
    public static final int TEXT_MAX = AnnualReportDraft.TEXT_MAX;

    private final ReportService reports;
    private final AnnualReportDraftRepository drafts;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final String forbundName;
    private final String orgNr;

    AnnualReportService(ReportService reports, AnnualReportDraftRepository drafts, JdbcTemplate jdbc,
                        CurrentUser currentUser, AuditService audit, Clock clock, ReportSettings settings) {
        this.reports = reports;
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.forbundName = settings.forbundName();
        this.orgNr = settings.orgNr();
    }

    /** What the coordinator decides: the parts' order (keys), those left out, the foreword and the closing text. */
    public record Draft(List<String> order, Set<String> excluded, String foreword, String closing) {
        public Draft {
            order = List.copyOf(order);
            excluded = Set.copyOf(excluded);
            foreword = foreword == null ? "" : foreword;
            closing = closing == null ? "" : closing;
        }
    }

    /** A part as the page lists it: which archived report, and whether it is in the annual report. */
    public record PartRow(String key, String title, boolean included, long publishedId, int archiveVersion,
                          LocalDateTime publishedAt, String sha256) {
    }

    /**
     * The year's annual report as it stands: the parts in the draft's order, what is missing, the
     * texts, and the draft's version (empty before it is first saved).
     */
    public record Overview(int year, @Nullable Long version, List<PartRow> parts, List<String> missing,
                           String foreword, String closing) {
        public List<PartRow> included() {
            return parts.stream().filter(PartRow::included).toList();
        }
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Overview overview(int year) {
        requireYear(year);
        var draft = drafts.findByYear(year);
        Draft content = draft.map(AnnualReportDraft::content).orElse(new Draft(List.of(), Set.of(), "", ""));
        AnnualParts.Found found = AnnualParts.of(year, reports.publishedIn(year), programmes());
        List<PartRow> rows = new ArrayList<>();
        for (AnnualParts.Part p : AnnualParts.ordered(found.parts(), content.order())) {
            rows.add(new PartRow(p.key(), p.title(), !content.excluded().contains(p.key()), p.entry().id(),
                    p.entry().version(), p.entry().publishedAt(), p.entry().sha256()));
        }
        return new Overview(year, draft.map(AnnualReportDraft::getVersion).orElse(null), rows, found.missing(),
                content.foreword(), content.closing());
    }

    /**
     * Saves the order, choice and texts; refused with every problem at once, and when someone
     * else saved the year's draft since {@code version} (empty: since there was none).
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    @Transactional
    public Overview save(int year, @Nullable Long version, Draft content) {
        InputProblems problems = new InputProblems().run(() -> requireYear(year));
        if (content.foreword().length() > AnnualReportDraft.TEXT_MAX) {
            problems.add("foreword", "report.error.too-long", AnnualReportDraft.TEXT_MAX);
        }
        if (content.closing().length() > AnnualReportDraft.TEXT_MAX) {
            problems.add("closing", "report.error.too-long", AnnualReportDraft.TEXT_MAX);
        }
        if (String.join(",", content.order()).length() > AnnualReportDraft.KEYS_MAX
                || String.join(",", content.excluded()).length() > AnnualReportDraft.KEYS_MAX
                || java.util.stream.Stream.concat(content.order().stream(), content.excluded().stream())
                        .anyMatch(k -> k.isBlank() || k.contains(","))) {
            problems.add("parts", "annualreport.error.parts");
        }
        problems.throwIfAny();
        AnnualReportDraft draft = drafts.findByYear(year).orElse(null);
        boolean stale = draft == null ? version != null : version == null || draft.getVersion() != version;
        if (stale) {
            throw new ObjectOptimisticLockingFailureException(AnnualReportDraft.class, year);
        }
        if (draft == null) {
            draft = new AnnualReportDraft(year);
        }
        draft.apply(content, currentUser.username(), SwedishTime.now(clock));
        drafts.saveAndFlush(draft);
        return overview(year);
    }

    /** The annual report as it would be published now, from the saved draft (or every part, without texts). */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public byte[] preview(int year) {
        byte[] pdf = assemble(overview(year)).pdf();
        audit.recordRead(AuditAction.PDF, null, null, "årsrapport " + year + ", förhandsgranskning, SHA-256 "
                + Sha256.hex(pdf));
        return pdf;
    }

    /**
     * Assembles the saved draft and publishes it as the next version of the year's annual report.
     * With a version, refused when the draft changed since; refused when no part is included.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    @Transactional
    public PublishedReport publish(int year, @Nullable Long version) {
        Overview overview = overview(year);
        if (version != null && !version.equals(overview.version())) {
            throw new ObjectOptimisticLockingFailureException(AnnualReportDraft.class, year);
        }
        AnnualReportPdf.Assembled assembled = assemble(overview);
        PublishedReport published = reports.publishForbund(ReportKind.ARSRAPPORT, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "Årsrapport " + year, assembled.pdf());
        audit.recordChange(AuditAction.CREATE, null, null, "årsrapport " + year + " publicerad, version "
                + published.getVersionNo() + ", " + overview.included().size() + " delar, SHA-256 "
                + published.getSha256());
        return published;
    }

    private AnnualReportPdf.Assembled assemble(Overview overview) {
        if (overview.included().isEmpty()) {
            throw new InvalidInputException("parts", "annualreport.error.no-parts", String.valueOf(overview.year()));
        }
        List<AnnualReportPdf.Section> sections = overview.included().stream()
                .map(p -> new AnnualReportPdf.Section(p.title(), reports.publishedPdf(p.publishedId()).pdf())).toList();
        return AnnualReportPdf.assemble(new AnnualReportPdf.Cover(forbundName, orgNr, overview.year()),
                overview.foreword(), overview.closing(), sections);
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "annualreport.error.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    /** Every programme with the days it ran: who should have reported for a year. */
    private List<AnnualParts.Programme> programmes() {
        return jdbc.query("SELECT id, name, active_from, active_to FROM programme ORDER BY name",
                (rs, i) -> new AnnualParts.Programme(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
    }
}
