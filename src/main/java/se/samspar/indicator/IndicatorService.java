package se.samspar.indicator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.report.PublishedReport;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.report.ReportSettings;

/**
 * The NNS indicator surveys: instruments, measurement occasions, one-time codes, anonymous
 * answers, results compared over time, the board's PDF published to the archive, and the export
 * for the national compilation. The coordinator and the administrator manage it; answering needs
 * no account, the code is the key.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    /** How many earlier occasions the results and the PDF put side by side. */
    public static final int COMPARED_MAX = 3;

    private final Instruments instruments;
    private final Occasions occasions;
    private final Answering answering;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final int threshold;
    private final String footer;

    IndicatorService(Instruments instruments, Occasions occasions, Answering answering, ReportService reports,
                     CurrentUser currentUser, AuditService audit, Clock clock, ReportSettings settings) {
        this.instruments = instruments;
        this.occasions = occasions;
        this.answering = answering;
        this.reports = reports;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.threshold = settings.threshold();
        this.footer = settings.footer();
    }

    /** Codes as handed out: shown once, only their hashes are kept. */
    public record IssuedCodes(String occasion, RespondentGroup group, List<String> codes, LocalDateTime expiresAt) {
    }

    /** What the answer page shows for a valid code: the questions and the scale, nothing else. */
    public record AnswerForm(long occasionId, String occasion, RespondentGroup group, Scale scale,
                             List<String> questions) {
    }

    /** An occasion's figures per group, with the earlier occasions' (oldest first) for comparison. */
    public record Results(Occasion occasion, List<IndicatorFigures.GroupResult> groups, List<Earlier> earlier) {

        /** The group's comparison rows: its means at each earlier occasion that had the group, then now. */
        public List<IndicatorFigures.ComparisonRow> comparison(IndicatorFigures.GroupResult now) {
            return IndicatorFigures.compare(now, earlierOf(now.group()));
        }

        /** The earlier occasions' figures of the group, oldest first. */
        public List<IndicatorFigures.GroupResult> earlierOf(RespondentGroup group) {
            return earlier.stream().flatMap(e -> e.groups().stream()).filter(g -> g.group() == group).toList();
        }
    }

    public record Earlier(Occasion occasion, List<IndicatorFigures.GroupResult> groups) {
    }

    // ---- instruments -------------------------------------------------------------------------

    /** The current instrument of each group that has one. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public List<Instrument> instruments() {
        return instruments.currentAll();
    }

    /** Every version of a group's instrument, newest first. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public List<Instrument> instrumentVersions(RespondentGroup group) {
        return instruments.versions(group);
    }

    /** A new instrument version for the group (a new NNS version, or the participants' or referrers' first). */
    @Secured(Role.ROLE_ADMIN)
    @Transactional
    public Instrument addInstrument(InstrumentDraft draft) {
        long id = instruments.add(draft, currentUser.username(), now());
        Instrument added = instruments.load(id);
        audit.recordChange(AuditAction.CREATE, null, null, "indikatorinstrument " + added.group().label() + " version "
                + added.versionNo());
        return added;
    }

    /** Rewords an instrument no occasion has used yet; a locked one is refused, nothing changed. */
    @Secured(Role.ROLE_ADMIN)
    @Transactional
    public Instrument rewordInstrument(long instrumentId, InstrumentDraft draft) {
        instruments.reword(instrumentId, draft);
        audit.recordChange(AuditAction.CHANGE, null, null, "indikatorinstrument " + instrumentId + " omformulerat");
        return instruments.load(instrumentId);
    }

    // ---- occasions ---------------------------------------------------------------------------

    /** Every occasion, the latest first. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public List<Occasion> occasions() {
        return occasions.all();
    }

    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public Occasion occasion(long occasionId) {
        return occasions.load(occasionId);
    }

    /** Opens an occasion for the groups with their bases; each group answers its current instrument, which locks. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional
    public Occasion createOccasion(OccasionDraft draft) {
        long id = occasions.create(draft, currentUser.username(), now());
        audit.recordChange(AuditAction.CREATE, null, null, "mättillfälle " + id + " för indikatorer");
        return occasions.load(id);
    }

    /** Name, period and bases, against the version opened; a base below the answers received is refused. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional
    public Occasion updateOccasion(long occasionId, long version, OccasionDraft draft) {
        occasions.update(occasionId, version, draft);
        audit.recordChange(AuditAction.CHANGE, null, null, "mättillfälle " + occasionId + " ändrat");
        return occasions.load(occasionId);
    }

    /** Closes the occasion (no more answers) or opens it again. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional
    public Occasion setClosed(long occasionId, long version, boolean closed) {
        occasions.setClosed(occasionId, version, closed);
        audit.recordChange(AuditAction.CHANGE, null, null, "mättillfälle " + occasionId + (closed ? " stängt" : " öppnat"));
        return occasions.load(occasionId);
    }

    /** One-time codes for a group of an open occasion, to print and hand out. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional
    public IssuedCodes issueCodes(long occasionId, RespondentGroup group, int count) {
        IssuedCodes issued = answering.issue(occasionId, group, count);
        audit.recordChange(AuditAction.CREATE, null, null, count + " svarskoder för mättillfälle " + occasionId
                + ", " + group.label());
        return issued;
    }

    // ---- answering (no account) --------------------------------------------------------------

    /**
     * The questions behind a code; no login. Refuses unknown, used and expired codes and closed
     * occasions; wrong codes from one address slow down like wrong passwords.
     */
    public AnswerForm openCode(String typed, @Nullable String address) {
        return answering.open(typed, address);
    }

    /**
     * The answers given with a code, stored without it: the code is used up in the same
     * transaction, and the audit log says only that the occasion's group received an answer.
     */
    @Transactional
    public void submit(String typed, long occasionId, RespondentGroup group, List<Integer> answers,
                       @Nullable String address) {
        answering.submit(typed, occasionId, group, answers, address);
        audit.recordChange(AuditAction.CHANGE, null, null, "indikatorsvar mottaget för mättillfälle " + occasionId
                + ", " + group.label());
    }

    // ---- results, PDF, export ----------------------------------------------------------------

    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public Results results(long occasionId) {
        Occasion o = occasions.load(occasionId);
        List<Earlier> earlier = occasions.earlier(o, COMPARED_MAX).stream()
                .map(e -> new Earlier(e, occasions.results(e))).toList();
        return new Results(o, occasions.results(o), earlier);
    }

    /** The board's threshold k: a group with fewer respondents shows neither distribution nor mean. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public int privacyThreshold() {
        return threshold;
    }

    /** "Sammanställning av indikatorer": the board's version through disclosure control, or the full one. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public byte[] pdf(long occasionId, boolean boardVersion) {
        byte[] pdf = IndicatorPdf.render(results(occasionId), footer, boardVersion ? threshold : null);
        audit.recordRead(AuditAction.PDF, null, null, "sammanställning av indikatorer, mättillfälle " + occasionId
                + (boardVersion ? ", styrelsens version" : ", fullständig version") + ", SHA-256 "
                + se.samspar.base.Sha256.hex(pdf));
        return pdf;
    }

    /** Publishes the board's version to the report archive as the next version for the occasion's period. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional
    public PublishedReport publish(long occasionId) {
        Occasion o = occasions.load(occasionId);
        byte[] pdf = pdf(occasionId, true);
        return reports.publishForbund(ReportKind.INDIKATORER, o.from(), o.to(), title(o), pdf);
    }

    /** The archive's title of an occasion's summary: "Sammanställning av indikatorer – Oktober 2018". */
    public static String title(Occasion o) {
        return "Sammanställning av indikatorer – " + o.name();
    }

    /** The aggregated answers per group and question for the national compilation (docs/indicators-export.md). */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public byte[] exportCsv(long occasionId) {
        Results r = results(occasionId);
        audit.recordRead(AuditAction.EXPORT, null, null, "indikatorer CSV, mättillfälle " + occasionId);
        return IndicatorExport.csv(r);
    }

    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public byte[] exportXlsx(long occasionId) {
        Results r = results(occasionId);
        audit.recordRead(AuditAction.EXPORT, null, null, "indikatorer XLSX, mättillfälle " + occasionId);
        return IndicatorExport.xlsx(r);
    }

    private LocalDateTime now() {
        return se.samspar.base.SwedishTime.now(clock);
    }
}
