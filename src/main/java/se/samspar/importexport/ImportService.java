package se.samspar.importexport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.base.Sha256;
import se.samspar.headcount.HeadcountRules;
import se.samspar.importexport.Sheet.Columns;

/**
 * The import (dry run, then all or nothing in one transaction) and the template, for the förbund's
 * coordinators in their own programmes and its administrators in all; the export of a programme,
 * which carries personal data, for its coordinators only.
 */
@Service
public class ImportService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ImportService(JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the file would create, change and refuse. Writes nothing. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional(readOnly = true)
    public Importer.Plan dryRun(ImportFile.Content content) {
        return importer().plan(content);
    }

    /**
     * Imports the whole file or nothing: plans again against what is stored now and refuses if any
     * row would be refused; one audit entry says what the file did.
     */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional
    public Importer.Plan commit(String fileName, byte[] file, ImportFile.Content content) {
        Importer.Plan plan = importer().apply(content);
        audit.recordChange(AuditAction.IMPORT, null, null, fileName + " (SHA-256 " + Sha256.hex(file) + "): " + summary(plan));
        return plan;
    }

    /** Counts per sheet, as the audit entry and the command line tell them. */
    public static String summary(Importer.Plan plan) {
        return Stream.of(Sheet.values()).filter(s -> plan.outcomes().stream().anyMatch(o -> o.sheet() == s))
                .map(s -> Messages.text("import.summary.sheet", s.title(), plan.count(s, Importer.Action.CREATE),
                        plan.count(s, Importer.Action.CHANGE), plan.count(s, Importer.Action.UNCHANGED),
                        plan.count(s, Importer.Action.REFUSED)))
                .collect(Collectors.joining("; "));
    }

    /**
     * A programme's data for the period in the import format, for the programme's coordinator only
     * (the administrator sees no participant data). The export is logged once for the whole and
     * once for each person it carries, so that each one's registerutdrag shows it. Anonymous
     * persons without a key get one first, so that the file can be imported back.
     */
    @Secured(Role.ROLE_SAMORDNARE)
    @Transactional
    public List<Table> export(long programmeId, LocalDate from, LocalDate to) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            audit.recordRead(AuditAction.REFUSED, null, null, "export programme " + programmeId);
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
        Exporter exporter = new Exporter(jdbc);
        exporter.giveKeys(programmeId, from, to);
        List<Table> tables = exporter.export(programmeId, from, to);
        audit.recordReadOfPersons(AuditAction.EXPORT, exporter.personIds(programmeId, from, to),
                "export programme " + programmeId + " " + from + "–" + to);
        return tables;
    }

    /** The empty workbook to fill in, with the user's programmes and the code lists as drop-downs. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    @Transactional(readOnly = true)
    public byte[] template() {
        Codes codes = new Codes(jdbc);
        List<String> programmes = jdbc.query("SELECT id, name FROM programme ORDER BY name",
                (rs, i) -> currentUser.canSeeProgramme(rs.getLong(1)) ? rs.getString(2) : null)
                .stream().filter(java.util.Objects::nonNull).toList();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(Columns.PROGRAMME, programmes);
        lists.put(Columns.KON, List.of("Kvinna", "Man"));
        lists.put(Columns.PARTNER, List.copyOf(codes.partner.labelOf().values()));
        lists.put(Columns.DECISION, labels(Formats.DECISION));
        lists.put(Columns.CONSENT_WRITTEN, List.of("Ja", "Nej"));
        lists.put(Columns.EDUCATION, List.copyOf(codes.education.labelOf().values()));
        lists.put(Columns.SUPPORT_START, List.copyOf(codes.support.labelOf().values()));
        lists.put(Columns.REASONS, List.copyOf(codes.exitReason.labelOf().values()));
        lists.put(Columns.OCCUPATION, List.copyOf(codes.occupation.labelOf().values()));
        lists.put(Columns.SUPPORT_AFTER, List.copyOf(codes.support.labelOf().values()));
        lists.put(Columns.FOLLOW_UP_WANTED, List.of("Ja", "Nej"));
        lists.put(Columns.HOW, labels(Formats.HOW));
        lists.put(Columns.AGE_BAND, HeadcountRules.AGE_BANDS);
        lists.put(Columns.STATUS, labels(Formats.STATUS));
        lists.put(Columns.KIND, labels(Formats.ASSESSMENT_KIND));
        lists.put(Columns.PURPOSE, List.of("Avslut", "Grupp"));
        lists.put(Columns.MODE, labels(Formats.MODE));
        List<String> readme = Stream.of("title", "1", "2", "3", "4", "5", "6", "7")
                .map(k -> Messages.text("import.template." + k)).toList();
        return Workbooks.template(lists, readme);
    }

    private static List<String> labels(Map<String, String> choices) {
        return choices.values().stream().distinct().map(v -> Formats.label(choices, v)).toList();
    }

    private Importer importer() {
        return new Importer(jdbc, LocalDate.now(clock), currentUser::canSeeProgramme, currentUser.seesAllProgrammes());
    }
}
