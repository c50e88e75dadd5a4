package se.samspar.importexport;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import se.samspar.base.InvalidInputException;
import se.samspar.enrolment.EnrolmentRules;
import se.samspar.enrolment.Exit;
import se.samspar.headcount.HeadcountRules;
import se.samspar.importexport.Sheet.Columns;
import se.samspar.participant.Personnummer;

/**
 * Plans and carries out an import over plain JDBC (batched, so that 50 000 rows take seconds):
 * every row is matched against what is stored and what earlier rows of the file create, and comes
 * out created, changed, unchanged or refused with its problems. A row matches by personnummer or
 * anonymous key, programme and start date (referral date before a start), so that importing the
 * same file again changes nothing. Empty cells never clear stored values.
 *
 * <p>History is imported as it happened: the rules that keep the register consistent hold (dates
 * in order, known codes, an exit's reasons) while the rules for new intakes (places, age limits)
 * do not. Writing assumes the caller's transaction: the whole import or nothing.
 */
public final class Importer {

    public enum Action { CREATE, CHANGE, UNCHANGED, REFUSED }

    /** What one row of the file does. */
    public record Outcome(Sheet sheet, int row, Action action, String what, List<Problem> problems) {
    }

    /** The dry run's report: every row's outcome, and what refuses the file as a whole. */
    public record Plan(List<Outcome> outcomes, List<Problem> fileProblems) {
        public boolean committable() {
            return fileProblems.isEmpty() && outcomes.stream().noneMatch(o -> o.action() == Action.REFUSED)
                    && outcomes.stream().anyMatch(o -> o.action() != Action.UNCHANGED);
        }

        public boolean refused() {
            return !fileProblems.isEmpty() || outcomes.stream().anyMatch(o -> o.action() == Action.REFUSED);
        }

        public Map<Action, Long> counts() {
            Map<Action, Long> counts = new EnumMap<>(Action.class);
            for (Action a : Action.values()) {
                counts.put(a, 0L);
            }
            outcomes.forEach(o -> counts.merge(o.action(), 1L, Long::sum));
            return counts;
        }

        public long count(Sheet sheet, Action action) {
            return outcomes.stream().filter(o -> o.sheet() == sheet && o.action() == action).count();
        }

        /** Every problem: the file's first, then the rows' in file order. */
        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>(fileProblems);
            outcomes.forEach(o -> all.addAll(o.problems()));
            return all;
        }
    }

    private static final Pattern KEY_SHAPE = Pattern.compile("[\\p{L}0-9_.\\-]{1,40}");
    /** Six digits in a row may be (part of) a personnummer, which a key must never hold. */
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final LocalDate today;
    private final LongPredicate mayUseProgramme;
    private final boolean mayUseAll;

    /**
     * @param mayUseProgramme whether the importing user works in the programme (a coordinator in
     *                        their own, an administrator in all)
     * @param mayUseAll       whether the user may change any person (the administrator); others
     *                        only persons the file creates or enrolled in their programmes
     */
    public Importer(JdbcTemplate jdbc, LocalDate today, LongPredicate mayUseProgramme, boolean mayUseAll) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.today = today;
        this.mayUseProgramme = mayUseProgramme;
        this.mayUseAll = mayUseAll;
    }

    /** The dry run: what the file would do. Writes nothing. */
    public Plan plan(ImportFile.Content content) {
        return new Run(content).plan();
    }

    /** Plans again and writes, in the caller's transaction; refuses a plan with refused rows. */
    public Plan apply(ImportFile.Content content) {
        return apply(content, () -> { });
    }

    /** {@link #apply}, with what happens between planning and writing (a concurrent edit, in a test). */
    Plan apply(ImportFile.Content content, Runnable beforeWriting) {
        Run run = new Run(content);
        Plan plan = run.plan();
        if (plan.refused()) {
            throw new InvalidInputException("file", "import.error.not-committable");
        }
        beforeWriting.run();
        run.write();
        return plan;
    }

    // ---- what is in memory while planning: an id is null until writing, for what the file creates ----

    record Programme(long id, String name, String kind) {
    }

    static final class P {
        Long id;
        long version;
        String pnr;
        String key;
        boolean anonymous;
        String firstName;
        String lastName;
        String kon;
        int birthYear;
        LocalDate birthDate;
        String kommun;
        String phone;
        String email;

        String label() {
            return pnr != null ? pnr.substring(0, 9) + "****" : key;
        }
    }

    static final class E {
        Long id;
        long version;
        final P person;
        final long programmeId;
        LocalDate referral;
        String partner;
        String decision;
        String decisionReason;
        String overBudget;
        String ageOverride;
        LocalDate start;
        LocalDate consent;
        boolean consentWritten;
        String education;
        Set<String> supportStart = new HashSet<>();
        Integer years;
        LocalDate end;
        Set<String> reasons = new HashSet<>();
        String comment;
        String occupation;
        Set<String> supportAfter = new HashSet<>();
        boolean followUpWanted;

        E(P person, long programmeId) {
            this.person = person;
            this.programmeId = programmeId;
        }

        LocalDate keyDate() {
            return start != null ? start : referral;
        }
    }

    /*
     * Keys of what the run holds in memory. P, E, G and S keep Object's equality, so a key names the
     * very person, enrolment, group or session, stored or new in the file.
     */
    record EKey(P person, long programmeId, LocalDate date) {
    }

    record SessionKey(G group, LocalDate date, LocalTime from) {
    }

    record MarkKey(S session, E enrolment) {
    }

    record FollowUpKey(E enrolment, LocalDate date, String kind) {
    }

    static final class G {
        Long id;
        final long programmeId;
        final String name;
        LocalDate first;
        LocalDate last;
        boolean headcountOnly;
        int maxNumber;

        G(long programmeId, String name) {
            this.programmeId = programmeId;
            this.name = name;
        }
    }

    static final class S {
        Long id;
        final G group;
        final LocalDate date;
        LocalTime from;
        LocalTime to;

        S(G group, LocalDate date) {
            this.group = group;
            this.date = date;
        }
    }

    static final class H {
        Long id;
        long version;
        long programmeId;
        LocalDate date;
        String activity;
        String band;
        int women;
        int men;
    }

    record FollowUp(E enrolment, LocalDate date, String kind, String note) {
    }

    record Att(S session, E enrolment, String status) {
    }

    record Resp(long programmeId, long templateId, String purpose, G group, LocalDate date, String mode,
                Map<Integer, Object> answers) {
    }

    record Item(int position, String kind, boolean required) {
    }

    record Template(long id, List<Item> items) {
    }

    // ---- one planning and writing run ----

    private final class Run {
        private final ImportFile.Content content;
        private final Codes codes = new Codes(jdbc);
        private final Map<String, Programme> programmes = new HashMap<>();
        private final Map<String, P> byPnr = new HashMap<>();
        private final Map<String, P> byKey = new HashMap<>();
        private final Map<EKey, E> enrolments = new HashMap<>();
        private final Map<Long, E> enrolmentById = new HashMap<>();
        private final Set<FollowUpKey> storedFollowUps = new HashSet<>();
        private final Map<String, H> headcounts = new HashMap<>();
        private final Map<String, G> groups = new HashMap<>();
        private final Map<SessionKey, S> sessions = new HashMap<>();
        private final Map<MarkKey, String> attendance = new HashMap<>();
        private final Map<String, Template> templates = new HashMap<>();
        private final Map<String, Integer> storedResponses = new HashMap<>();

        private final Set<P> personsInFile = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Stored persons enrolled in a programme the user works in. */
        private final Set<P> personsOfMine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final Set<E> enrolmentsInFile = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final List<P> touchedPersons = new ArrayList<>();
        private final Set<E> touchedEnrolments = new LinkedHashSet<>();
        private final List<FollowUp> followUps = new ArrayList<>();
        private final List<H> touchedHeadcounts = new ArrayList<>();
        private final List<Att> attendanceRows = new ArrayList<>();
        private final List<Resp> responses = new ArrayList<>();
        private final AssessmentSheet assessments = new AssessmentSheet(jdbc, today);

        Run(ImportFile.Content content) {
            this.content = content;
        }

        Plan plan() {
            if (content.refused()) {
                return new Plan(List.of(), content.problems().stream().filter(p -> p.row() == 0).toList());
            }
            load();
            Map<String, List<Problem>> readProblems = new HashMap<>();
            content.problems().forEach(p -> readProblems.computeIfAbsent(p.sheet() + "#" + p.row(), k -> new ArrayList<>()).add(p));
            List<Outcome> outcomes = new ArrayList<>();
            List<Table> tables = new ArrayList<>(content.tables());
            tables.sort(Comparator.comparing(Table::sheet));
            for (Table table : tables) {
                Map<String, Integer> columns = Cells.columnsOf(table);
                for (Table.Row row : table.rows()) {
                    List<Problem> problems = new ArrayList<>(readProblems.getOrDefault(table.sheet().title() + "#" + row.number(), List.of()));
                    Cells cells = new Cells(table, columns, row, problems);
                    Outcome outcome = switch (table.sheet()) {
                        case PERSONER -> person(cells);
                        case INSKRIVNINGAR -> enrolment(cells);
                        case AVSLUT -> exit(cells);
                        case UPPFOLJNINGAR -> followUp(cells);
                        case PINNSTATISTIK -> headcount(cells);
                        case NARVARO -> attendance(cells);
                        case ENKATSVAR -> answers(cells);
                        case BEDOMNINGAR -> assessment(cells);
                    };
                    outcomes.add(outcome);
                }
            }
            return new Plan(outcomes, List.of());
        }

        private Outcome outcome(Cells c, Sheet sheet, Action action, String what) {
            if (!c.problems.isEmpty()) {
                return new Outcome(sheet, c.number(), Action.REFUSED, what, List.copyOf(c.problems));
            }
            return new Outcome(sheet, c.number(), action, what, List.of());
        }

        // ---- loading what is stored, for the persons and programmes the file names ----

        private void load() {
            jdbc.query("SELECT id, name, kind FROM programme", rs -> {
                programmes.put(Sheet.plain(rs.getString(2)), new Programme(rs.getLong(1), rs.getString(2), rs.getString(3)));
            });
            Set<String> pnrs = new HashSet<>();
            Set<String> keys = new HashSet<>();
            Set<Long> programmeIds = new HashSet<>();
            for (Table table : content.tables()) {
                int pnrColumn = table.column(Columns.PNR);
                int keyColumn = table.column(Columns.KEY);
                int programmeColumn = table.column(Columns.PROGRAMME);
                for (Table.Row row : table.rows()) {
                    String pnr = row.get(pnrColumn);
                    if (pnr != null) {
                        try {
                            pnrs.add(Personnummer.parse(pnr, today).value());
                        } catch (InvalidInputException e) {
                            // reported when the row is planned
                        }
                    }
                    String key = row.get(keyColumn);
                    if (key != null) {
                        keys.add(key);
                    }
                    String programme = row.get(programmeColumn);
                    if (programme != null && programmes.containsKey(Sheet.plain(programme))) {
                        programmeIds.add(programmes.get(Sheet.plain(programme)).id());
                    }
                }
            }
            String personColumns = "SELECT id, personnummer, anonymous_key, anonymous, first_name, last_name, kon, "
                    + "birth_year, birth_date, kommun, phone, email, version FROM person WHERE ";
            inChunks(pnrs, personColumns + "personnummer IN (:ids)", this::addPerson);
            inChunks(keys, personColumns + "anonymous_key IN (:ids)", this::addPerson);
            Map<Long, P> personById = new HashMap<>();
            byPnr.values().forEach(p -> personById.put(p.id, p));
            byKey.values().forEach(p -> personById.put(p.id, p));
            loadEnrolments(personById);
            loadProgrammeData(programmeIds);
            assessments.load(enrolmentById, programmeIds);
        }

        private <T> void inChunks(Collection<T> values, String sql, org.springframework.jdbc.core.RowCallbackHandler handler) {
            chunks(values, chunk -> named.query(sql, Map.of("ids", chunk), handler));
        }

        private void addPerson(java.sql.ResultSet rs) throws java.sql.SQLException {
            P p = new P();
            p.id = rs.getLong(1);
            p.pnr = rs.getString(2);
            p.key = rs.getString(3);
            p.anonymous = rs.getBoolean(4);
            p.firstName = rs.getString(5);
            p.lastName = rs.getString(6);
            p.kon = rs.getString(7);
            p.birthYear = rs.getInt(8);
            p.birthDate = rs.getObject(9, LocalDate.class);
            p.kommun = rs.getString(10);
            p.phone = rs.getString(11);
            p.email = rs.getString(12);
            p.version = rs.getLong(13);
            if (p.pnr != null) {
                byPnr.put(p.pnr, p);
            }
            if (p.key != null) {
                byKey.put(keyOf(p.key), p);
            }
        }

        private void loadEnrolments(Map<Long, P> personById) {
            inChunks(personById.keySet(), """
                    SELECT id, person_id, programme_id, referral_date, referring_partner, decision, decision_reason,
                           start_date, consent_given_date, consent_written, education, years_in_support, end_date,
                           exit_other_comment, occupation_at_exit, follow_up_wanted, over_budget_reason,
                           age_override_reason, version
                    FROM enrolment WHERE person_id IN (:ids)""", rs -> {
                E e = new E(personById.get(rs.getLong(2)), rs.getLong(3));
                e.id = rs.getLong(1);
                e.referral = rs.getObject(4, LocalDate.class);
                e.partner = rs.getString(5);
                e.decision = rs.getString(6);
                e.decisionReason = rs.getString(7);
                e.start = rs.getObject(8, LocalDate.class);
                e.consent = rs.getObject(9, LocalDate.class);
                e.consentWritten = rs.getBoolean(10);
                e.education = rs.getString(11);
                int years = rs.getInt(12);
                e.years = rs.wasNull() ? null : years;
                e.end = rs.getObject(13, LocalDate.class);
                e.comment = rs.getString(14);
                e.occupation = rs.getString(15);
                e.followUpWanted = rs.getBoolean(16);
                e.overBudget = rs.getString(17);
                e.ageOverride = rs.getString(18);
                e.version = rs.getLong(19);
                enrolments.put(new EKey(e.person, e.programmeId, e.keyDate()), e);
                enrolmentById.put(e.id, e);
                if (mayUseProgramme.test(e.programmeId)) {
                    personsOfMine.add(e.person);
                }
            });
            Set<Long> ids = enrolmentById.keySet();
            inChunks(ids, "SELECT enrolment_id, code FROM enrolment_support_start WHERE enrolment_id IN (:ids)",
                    rs -> { enrolmentById.get(rs.getLong(1)).supportStart.add(rs.getString(2)); });
            inChunks(ids, "SELECT enrolment_id, code FROM enrolment_exit_reason WHERE enrolment_id IN (:ids)",
                    rs -> { enrolmentById.get(rs.getLong(1)).reasons.add(rs.getString(2)); });
            inChunks(ids, "SELECT enrolment_id, code FROM enrolment_support_after WHERE enrolment_id IN (:ids)",
                    rs -> { enrolmentById.get(rs.getLong(1)).supportAfter.add(rs.getString(2)); });
            inChunks(ids, "SELECT enrolment_id, contact_date, kind FROM follow_up_contact WHERE enrolment_id IN (:ids)",
                    rs -> {
                        storedFollowUps.add(new FollowUpKey(enrolmentById.get(rs.getLong(1)), rs.getObject(2, LocalDate.class),
                                rs.getString(3)));
                    });
        }

        private void loadProgrammeData(Set<Long> programmeIds) {
            inChunks(programmeIds, "SELECT id, programme_id, count_date, activity, age_band, women, men, version FROM headcount "
                    + "WHERE programme_id IN (:ids)", rs -> {
                H h = new H();
                h.id = rs.getLong(1);
                h.programmeId = rs.getLong(2);
                h.date = rs.getObject(3, LocalDate.class);
                h.activity = rs.getString(4);
                h.band = rs.getString(5);
                h.women = rs.getInt(6);
                h.men = rs.getInt(7);
                h.version = rs.getLong(8);
                headcounts.put(headcountKey(h.programmeId, h.date, h.activity, h.band), h);
            });
            Map<Long, G> groupById = new HashMap<>();
            inChunks(programmeIds, "SELECT id, programme_id, name, start_date, end_date, headcount_only, "
                    + "(SELECT COALESCE(MAX(number), 0) FROM group_session s WHERE s.group_id = g.id) "
                    + "FROM group_round g WHERE programme_id IN (:ids)", rs -> {
                G g = new G(rs.getLong(2), rs.getString(3));
                g.id = rs.getLong(1);
                g.first = rs.getObject(4, LocalDate.class);
                g.last = rs.getObject(5, LocalDate.class);
                g.headcountOnly = rs.getBoolean(6);
                g.maxNumber = rs.getInt(7);
                groups.put(groupKey(g.programmeId, g.name), g);
                groupById.put(g.id, g);
            });
            Map<Long, S> sessionById = new HashMap<>();
            inChunks(groupById.keySet(), "SELECT id, group_id, session_date, start_time, end_time FROM group_session "
                    + "WHERE group_id IN (:ids)", rs -> {
                S s = new S(groupById.get(rs.getLong(2)), rs.getObject(3, LocalDate.class));
                s.id = rs.getLong(1);
                s.from = rs.getObject(4, LocalTime.class);
                s.to = rs.getObject(5, LocalTime.class);
                sessions.putIfAbsent(new SessionKey(s.group, s.date, null), s);
                sessions.put(new SessionKey(s.group, s.date, s.from), s);
                sessionById.put(s.id, s);
            });
            inChunks(enrolmentById.keySet(), "SELECT session_id, enrolment_id, status FROM attendance "
                    + "WHERE enrolment_id IN (:ids)", rs -> {
                S s = sessionById.get(rs.getLong(1));
                if (s != null) {
                    attendance.put(new MarkKey(s, enrolmentById.get(rs.getLong(2))), rs.getString(3));
                }
            });
            Map<Long, Template> byId = new HashMap<>();
            inChunks(programmeIds, """
                    SELECT t.id, t.programme_id, t.purpose, i.position, i.kind, i.required
                    FROM questionnaire_template t JOIN questionnaire_item i ON i.template_id = t.id
                    WHERE t.active AND t.programme_id IN (:ids) ORDER BY t.id, i.position""", rs -> {
                Template t = byId.computeIfAbsent(rs.getLong(1), id -> new Template(id, new ArrayList<>()));
                t.items().add(new Item(rs.getInt(4), rs.getString(5), rs.getBoolean(6)));
                templates.put(rs.getLong(2) + "|" + rs.getString(3), t);
            });
            Map<Long, StringBuilder> responseKeys = new HashMap<>();
            Map<Long, String> responseHeads = new HashMap<>();
            inChunks(programmeIds, """
                    SELECT r.id, r.programme_id, r.purpose, g.name, r.counts_on, r.mode, a.position, a.scale_value, a.text
                    FROM questionnaire_response r LEFT JOIN group_round g ON g.id = r.group_id
                    LEFT JOIN questionnaire_answer a ON a.response_id = r.id
                    WHERE r.programme_id IN (:ids) ORDER BY r.id, a.position""", rs -> {
                long id = rs.getLong(1);
                responseHeads.computeIfAbsent(id, k -> {
                    try {
                        return responseHead(rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getString(6));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                StringBuilder sb = responseKeys.computeIfAbsent(id, k -> new StringBuilder());
                int position = rs.getInt(7);
                if (!rs.wasNull()) {
                    int scale = rs.getInt(8);
                    Object value = rs.wasNull() ? rs.getString(9) : (Object) scale;
                    if (value != null) {
                        sb.append(position).append('=').append(value).append('\u001f');
                    }
                }
            });
            responseKeys.forEach((id, sb) -> storedResponses.merge(responseHeads.get(id) + sb, 1, Integer::sum));
        }

        // ---- the rows ----

        private Outcome person(Cells c) {
            Naming naming = naming(c);
            if (naming == null) {
                boolean both = c.text(Columns.PNR) != null && c.text(Columns.KEY) != null;
                return outcome(c, Sheet.PERSONER, Action.REFUSED, both ? c.text(Columns.PNR) : "");
            }
            String key = naming.key();
            P found = stored(naming);
            P row = new P();
            if (naming.pnr() != null) {
                Personnummer pnr = naming.pnr();
                row.pnr = pnr.value();
                row.kon = pnr.kon().name();
                row.birthDate = pnr.birthDate();
                row.birthYear = pnr.birthDate().getYear();
                row.firstName = c.text(Columns.FIRST_NAME, 60);
                row.lastName = c.text(Columns.LAST_NAME, 60);
                String kon = c.choice(Columns.KON, Formats.KON, false);
                if (kon != null && !kon.equals(row.kon)) {
                    c.problem(Columns.KON, c.text(Columns.KON), "import.error.kon-mismatch");
                }
                if (c.text(Columns.BIRTH_YEAR) != null && !String.valueOf(row.birthYear).equals(c.text(Columns.BIRTH_YEAR))) {
                    c.problem(Columns.BIRTH_YEAR, c.text(Columns.BIRTH_YEAR), "import.error.birth-year-mismatch");
                }
                if (found == null && row.firstName == null) {
                    c.problem(Columns.FIRST_NAME, "", "import.error.required");
                }
                if (found == null && row.lastName == null) {
                    c.problem(Columns.LAST_NAME, "", "import.error.required");
                }
                row.phone = c.text(Columns.PHONE, 30);
                row.email = c.text(Columns.EMAIL, 254);
            } else {
                if (!KEY_SHAPE.matcher(key).matches() || SIX_DIGITS.matcher(key).find()) {
                    c.problem(Columns.KEY, key, "import.error.key-format");
                    return outcome(c, Sheet.PERSONER, Action.REFUSED, key);
                }
                row.anonymous = true;
                row.key = key;
                for (String identifying : List.of(Columns.FIRST_NAME, Columns.LAST_NAME, Columns.PHONE, Columns.EMAIL)) {
                    if (c.text(identifying) != null) {
                        c.problem(identifying, c.text(identifying), "import.error.anonymous-identity");
                    }
                }
                row.kon = c.choice(Columns.KON, Formats.KON, found == null);
                Integer year = c.number(Columns.BIRTH_YEAR, 1900, today.getYear(), found == null);
                row.birthYear = year == null ? 0 : year;
            }
            row.kommun = c.text(Columns.KOMMUN, 60);
            String what = row.pnr != null ? row.label() : key;
            if (found != null && !mayTouch(found)) {
                c.problem(naming.column(), naming.text(), "import.error.person-elsewhere");
                return outcome(c, Sheet.PERSONER, Action.REFUSED, what);
            }
            if (found != null && !personsInFile.add(found)) {
                c.problem(naming.column(), naming.text(), "import.error.duplicate");
            }
            if (!c.problems.isEmpty()) {
                return outcome(c, Sheet.PERSONER, Action.REFUSED, what);
            }
            if (found == null) {
                personsInFile.add(row);
                touchedPersons.add(row);
                if (row.pnr != null) {
                    byPnr.put(row.pnr, row);
                } else {
                    byKey.put(keyOf(key), row);
                }
                return outcome(c, Sheet.PERSONER, Action.CREATE, what);
            }
            boolean changed = differs(found.firstName, row.firstName) | differs(found.lastName, row.lastName)
                    | differs(found.kommun, row.kommun) | differs(found.phone, row.phone) | differs(found.email, row.email)
                    | (row.anonymous && (differs(found.kon, row.kon) || row.birthYear != 0 && row.birthYear != found.birthYear));
            if (!changed) {
                return outcome(c, Sheet.PERSONER, Action.UNCHANGED, what);
            }
            found.firstName = keep(found.firstName, row.firstName);
            found.lastName = keep(found.lastName, row.lastName);
            found.kommun = keep(found.kommun, row.kommun);
            found.phone = keep(found.phone, row.phone);
            found.email = keep(found.email, row.email);
            found.kon = keep(found.kon, row.kon);
            found.birthYear = row.birthYear != 0 ? row.birthYear : found.birthYear;
            touchedPersons.add(found);
            return outcome(c, Sheet.PERSONER, Action.CHANGE, what);
        }

        /** How a row names its person: the column, the text in it, and the parsed number or the key. */
        private record Naming(String column, String text, Personnummer pnr, String key) {
        }

        /** Who the row names, by personnummer or anonymous key (exactly one); null, with a problem, if neither. */
        private Naming naming(Cells c) {
            String pnrText = c.text(Columns.PNR);
            String key = c.text(Columns.KEY);
            if (pnrText != null && key != null) {
                c.problem(Columns.KEY, key, "import.error.pnr-and-key");
                return null;
            }
            if (pnrText == null && key == null) {
                c.problem(Columns.PNR, "", "import.error.person-missing");
                return null;
            }
            if (key != null) {
                return new Naming(Columns.KEY, key, null, key);
            }
            try {
                return new Naming(Columns.PNR, pnrText, Personnummer.parse(pnrText, today), null);
            } catch (InvalidInputException e) {
                c.problem(Columns.PNR, pnrText, e.messageKey());
                return null;
            }
        }

        /** The person of that number or key, stored or created by an earlier row. */
        private P stored(Naming naming) {
            return naming.pnr() != null ? byPnr.get(naming.pnr().value()) : byKey.get(keyOf(naming.key()));
        }

        /** The person a row names, known from the database or an earlier row; null (with a problem) if not. */
        private P personOf(Cells c) {
            Naming naming = naming(c);
            if (naming == null) {
                return null;
            }
            P p = stored(naming);
            if (p == null) {
                c.problem(naming.column(), naming.text(), "import.error.person-unknown");
            } else if (!mayTouch(p)) {
                c.problem(naming.column(), naming.text(), "import.error.person-elsewhere");
                return null;
            }
            return p;
        }

        /**
         * Whether the user may change the person or enrol them: a person the file creates, or one
         * with an enrolment in a programme the user works in (an administrator: everyone).
         */
        private boolean mayTouch(P p) {
            return p.id == null || mayUseAll || personsOfMine.contains(p);
        }

        private Programme programmeOf(Cells c) {
            String name = c.required(Columns.PROGRAMME);
            if (name == null) {
                return null;
            }
            Programme p = programmes.get(Sheet.plain(name));
            if (p == null) {
                c.problem(Columns.PROGRAMME, name, "import.error.programme-unknown");
            } else if (!mayUseProgramme.test(p.id())) {
                c.problem(Columns.PROGRAMME, name, "import.error.programme-not-yours");
                return null;
            }
            return p;
        }

        private Outcome enrolment(Cells c) {
            P person = personOf(c);
            Programme programme = programmeOf(c);
            E row = new E(person, programme == null ? 0 : programme.id());
            row.referral = c.date(Columns.REFERRAL, true);
            row.partner = c.code(Columns.PARTNER, codes.partner, false);
            row.decision = c.choice(Columns.DECISION, Formats.DECISION, false);
            row.decisionReason = c.text(Columns.DECISION_REASON, EnrolmentRules.REASON_MAX);
            row.start = c.date(Columns.START, false);
            row.consent = c.date(Columns.CONSENT, false);
            Boolean written = c.yesNo(Columns.CONSENT_WRITTEN);
            row.education = c.code(Columns.EDUCATION, codes.education, false);
            row.supportStart = c.codes(Columns.SUPPORT_START, codes.support);
            row.years = c.number(Columns.YEARS, 0, 80, false);
            row.overBudget = c.text(Columns.OVER_BUDGET, EnrolmentRules.REASON_MAX);
            row.ageOverride = c.text(Columns.AGE_OVERRIDE, EnrolmentRules.REASON_MAX);
            if (row.decision == null && row.start != null) {
                row.decision = "ANTAGEN";
            }
            if (programme != null && "HEADCOUNT".equals(programme.kind())) {
                c.problem(Columns.PROGRAMME, programme.name(), "import.error.programme-headcount-only");
            }
            if (row.referral != null) {
                EnrolmentRules.checkReferralDate(row.referral, today).ifPresent(k -> c.problem(Columns.REFERRAL,
                        row.referral.toString(), k));
                EnrolmentRules.checkStartDate(row.referral, row.start).ifPresent(k -> c.problem(Columns.START,
                        String.valueOf(row.start), k));
            }
            if (row.start != null && row.start.isAfter(today)) {
                c.problem(Columns.START, row.start.toString(), "import.error.date-in-future");
            }
            EnrolmentRules.checkStartNeedsAcceptance(row.decision == null ? null
                    : se.samspar.enrolment.Decision.valueOf(row.decision), row.start)
                    .ifPresent(k -> c.problem(Columns.DECISION, c.text(Columns.DECISION), k));
            EnrolmentRules.checkDecisionReason(row.decision == null ? null
                    : se.samspar.enrolment.Decision.valueOf(row.decision), row.decisionReason)
                    .ifPresent(k -> c.problem(Columns.DECISION_REASON, "", k));
            String what = describe(person, programme, row.keyDate());
            if (!c.problems.isEmpty() || person == null || programme == null || row.referral == null) {
                return outcome(c, Sheet.INSKRIVNINGAR, Action.REFUSED, what);
            }
            EKey key = new EKey(person, programme.id(), row.keyDate());
            E found = enrolments.get(key);
            if (found != null && !enrolmentsInFile.add(found)) {
                c.problem(Columns.START, String.valueOf(row.keyDate()), "import.error.duplicate");
                return outcome(c, Sheet.INSKRIVNINGAR, Action.REFUSED, what);
            }
            if (found == null) {
                row.consentWritten = Boolean.TRUE.equals(written);
                enrolmentsInFile.add(row);
                enrolments.put(key, row);
                touchedEnrolments.add(row);
                return outcome(c, Sheet.INSKRIVNINGAR, Action.CREATE, what);
            }
            boolean changed = !found.referral.equals(row.referral) | differs(found.partner, row.partner)
                    | differs(found.decision, row.decision) | differs(found.decisionReason, row.decisionReason)
                    | differs(found.consent, row.consent) | (written != null && written != found.consentWritten)
                    | differs(found.education, row.education) | differs(found.years, row.years)
                    | differs(found.overBudget, row.overBudget) | differs(found.ageOverride, row.ageOverride)
                    | (!row.supportStart.isEmpty() && !row.supportStart.equals(found.supportStart));
            if (!changed) {
                return outcome(c, Sheet.INSKRIVNINGAR, Action.UNCHANGED, what);
            }
            found.referral = row.referral;
            found.partner = keep(found.partner, row.partner);
            found.decision = keep(found.decision, row.decision);
            found.decisionReason = keep(found.decisionReason, row.decisionReason);
            found.consent = keep(found.consent, row.consent);
            found.consentWritten = written != null ? written : found.consentWritten;
            found.education = keep(found.education, row.education);
            found.years = keep(found.years, row.years);
            found.overBudget = keep(found.overBudget, row.overBudget);
            found.ageOverride = keep(found.ageOverride, row.ageOverride);
            found.supportStart = row.supportStart.isEmpty() ? found.supportStart : row.supportStart;
            touchedEnrolments.add(found);
            return outcome(c, Sheet.INSKRIVNINGAR, Action.CHANGE, what);
        }

        /** The enrolment a row names by person, programme and start date. */
        private E enrolmentOf(Cells c, P person, Programme programme, LocalDate start) {
            if (person == null || programme == null || start == null) {
                return null;
            }
            E e = enrolments.get(new EKey(person, programme.id(), start));
            if (e == null || e.start == null) {
                c.problem(Columns.START, start.toString(), "import.error.enrolment-unknown");
                return null;
            }
            return e;
        }

        private final Set<E> exitedInFile = new HashSet<>();

        private Outcome exit(Cells c) {
            P person = personOf(c);
            Programme programme = programmeOf(c);
            LocalDate start = c.date(Columns.START, true);
            LocalDate end = c.date(Columns.END, true);
            Set<String> reasons = c.codes(Columns.REASONS, codes.exitReason);
            String comment = c.text(Columns.COMMENT, Exit.COMMENT_MAX);
            String occupation = c.code(Columns.OCCUPATION, codes.occupation, false);
            Set<String> after = c.codes(Columns.SUPPORT_AFTER, codes.support);
            Boolean followUp = c.yesNo(Columns.FOLLOW_UP_WANTED);
            E e = enrolmentOf(c, person, programme, start);
            String what = describe(person, programme, start);
            if (end != null && c.problems.isEmpty()) {
                Exit exit = new Exit(end, reasons, comment, occupation, after, Boolean.TRUE.equals(followUp));
                EnrolmentRules.validate(start, exit, today).ifPresent(v -> c.problem(switch (v.field()) {
                    case "endDate" -> Columns.END;
                    case "reasons" -> Columns.REASONS;
                    default -> Columns.COMMENT;
                }, switch (v.field()) {
                    case "endDate" -> end.toString();
                    case "reasons" -> String.join(";", reasons);
                    default -> comment == null ? "" : comment;
                }, v.messageKey()));
            }
            if (e != null && !exitedInFile.add(e)) {
                c.problem(Columns.START, String.valueOf(start), "import.error.duplicate");
            }
            if (!c.problems.isEmpty() || e == null) {
                return outcome(c, Sheet.AVSLUT, Action.REFUSED, what);
            }
            boolean wasOpen = e.end == null;
            boolean followUpWanted = followUp != null ? followUp : e.followUpWanted;
            boolean changed = !end.equals(e.end) || !reasons.equals(e.reasons) || differs(e.comment, comment)
                    || differs(e.occupation, occupation) || !after.isEmpty() && !after.equals(e.supportAfter)
                    || followUpWanted != e.followUpWanted;
            if (!changed) {
                return outcome(c, Sheet.AVSLUT, Action.UNCHANGED, what);
            }
            e.end = end;
            e.reasons = reasons;
            e.comment = keep(e.comment, comment);
            e.occupation = keep(e.occupation, occupation);
            e.supportAfter = after.isEmpty() ? e.supportAfter : after;
            e.followUpWanted = followUpWanted;
            touchedEnrolments.add(e);
            return outcome(c, Sheet.AVSLUT, wasOpen ? Action.CREATE : Action.CHANGE, what);
        }

        private Outcome followUp(Cells c) {
            P person = personOf(c);
            Programme programme = programmeOf(c);
            LocalDate start = c.date(Columns.START, true);
            LocalDate date = c.date(Columns.DATE, true);
            String how = c.choice(Columns.HOW, Formats.HOW, true);
            String note = c.text(Columns.NOTE, 1000);
            E e = enrolmentOf(c, person, programme, start);
            String what = describe(person, programme, date);
            if (e != null && date != null && (date.isBefore(e.start) || date.isAfter(today))) {
                c.problem(Columns.DATE, date.toString(), "import.error.follow-up-date");
            }
            if (!c.problems.isEmpty() || e == null || how == null) {
                return outcome(c, Sheet.UPPFOLJNINGAR, Action.REFUSED, what);
            }
            FollowUpKey key = new FollowUpKey(e, date, how);
            if (storedFollowUps.contains(key)) {
                return outcome(c, Sheet.UPPFOLJNINGAR, Action.UNCHANGED, what);
            }
            if (!followUpsInFile.add(key)) {
                c.problem(Columns.DATE, date.toString(), "import.error.duplicate");
                return outcome(c, Sheet.UPPFOLJNINGAR, Action.REFUSED, what);
            }
            followUps.add(new FollowUp(e, date, how, note));
            return outcome(c, Sheet.UPPFOLJNINGAR, Action.CREATE, what);
        }

        /** A row of Bedömningar: the enrolment is named as on Uppföljningar; the rest is {@link AssessmentSheet}'s. */
        private Outcome assessment(Cells c) {
            P person = personOf(c);
            Programme programme = programmeOf(c);
            LocalDate start = c.date(Columns.START, true);
            LocalDate date = c.date(Columns.DATE, true);
            E e = enrolmentOf(c, person, programme, start);
            Action action = assessments.plan(c, e, date);
            return outcome(c, Sheet.BEDOMNINGAR, action, describe(person, programme, date));
        }

        private final Set<FollowUpKey> followUpsInFile = new HashSet<>();
        private final Set<H> headcountsInFile = new HashSet<>();

        private Outcome headcount(Cells c) {
            Programme programme = programmeOf(c);
            LocalDate date = c.date(Columns.DATE, true);
            String activity = c.text(Columns.ACTIVITY, 100);
            String band = c.text(Columns.AGE_BAND);
            Integer women = c.number(Columns.WOMEN, 0, 9999, true);
            Integer men = c.number(Columns.MEN, 0, 9999, true);
            if (band != null && !HeadcountRules.AGE_BANDS.contains(band)) {
                c.problem(Columns.AGE_BAND, band, "import.error.unknown-value", String.join(", ", HeadcountRules.AGE_BANDS));
            }
            if (programme != null && "INDIVIDUAL".equals(programme.kind())) {
                c.problem(Columns.PROGRAMME, programme.name(), "import.error.programme-individual-only");
            }
            if (date != null) {
                HeadcountRules.checkDate(date, today).ifPresent(k -> c.problem(Columns.DATE, date.toString(), k));
            }
            if (women != null && men != null) {
                HeadcountRules.checkTotal(women, men).ifPresent(k -> c.problem(Columns.MEN, String.valueOf(men), k));
            }
            String what = (programme == null ? "" : programme.name()) + " · " + date;
            if (!c.problems.isEmpty() || programme == null) {
                return outcome(c, Sheet.PINNSTATISTIK, Action.REFUSED, what);
            }
            String key = headcountKey(programme.id(), date, activity, band);
            H found = headcounts.get(key);
            if (found != null && headcountsInFile.contains(found)) {
                c.problem(Columns.DATE, date.toString(), "import.error.duplicate");
                return outcome(c, Sheet.PINNSTATISTIK, Action.REFUSED, what);
            }
            if (found == null) {
                H h = new H();
                h.programmeId = programme.id();
                h.date = date;
                h.activity = activity;
                h.band = band;
                h.women = women;
                h.men = men;
                headcounts.put(key, h);
                headcountsInFile.add(h);
                touchedHeadcounts.add(h);
                return outcome(c, Sheet.PINNSTATISTIK, Action.CREATE, what);
            }
            headcountsInFile.add(found);
            if (found.women == women && found.men == men) {
                return outcome(c, Sheet.PINNSTATISTIK, Action.UNCHANGED, what);
            }
            found.women = women;
            found.men = men;
            touchedHeadcounts.add(found);
            return outcome(c, Sheet.PINNSTATISTIK, Action.CHANGE, what);
        }

        private final Set<MarkKey> attendanceInFile = new HashSet<>();

        private Outcome attendance(Cells c) {
            P person = personOf(c);
            Programme programme = programmeOf(c);
            LocalDate start = c.date(Columns.START, true);
            String groupName = c.required(Columns.GROUP);
            if (groupName != null && groupName.length() > 100) {
                c.problem(Columns.GROUP, groupName, "import.error.too-long", "100");
            }
            LocalDate date = c.date(Columns.DATE, true);
            LocalTime from = c.time(Columns.FROM_TIME);
            LocalTime to = c.time(Columns.TO_TIME);
            String status = c.choice(Columns.STATUS, Formats.STATUS, true);
            E e = enrolmentOf(c, person, programme, start);
            String what = describe(person, programme, date) + " · " + (groupName == null ? "" : groupName);
            if (e != null && date != null && (date.isBefore(e.start) || e.end != null && date.isAfter(e.end))) {
                c.problem(Columns.DATE, date.toString(), "import.error.attendance-outside");
            }
            if (from != null && to != null && !to.isAfter(from)) {
                c.problem(Columns.TO_TIME, to.toString(), "import.error.time-order");
            }
            if (!c.problems.isEmpty() || e == null || groupName == null || status == null) {
                return outcome(c, Sheet.NARVARO, Action.REFUSED, what);
            }
            G g = groups.get(groupKey(programme.id(), groupName));
            if (g != null && g.headcountOnly) {
                c.problem(Columns.GROUP, groupName, "import.error.group-headcount-only");
                return outcome(c, Sheet.NARVARO, Action.REFUSED, what);
            }
            S s = g == null ? null : sessions.get(new SessionKey(g, date, from));
            if (s == null && (from == null || to == null)) {
                c.problem(from == null ? Columns.FROM_TIME : Columns.TO_TIME, "", "import.error.time-needed");
                return outcome(c, Sheet.NARVARO, Action.REFUSED, what);
            }
            if (g == null) {
                g = new G(programme.id(), groupName);
                groups.put(groupKey(programme.id(), groupName), g);
            }
            if (g.id == null) {
                g.first = g.first == null || date.isBefore(g.first) ? date : g.first;
                g.last = g.last == null || date.isAfter(g.last) ? date : g.last;
            }
            if (s == null) {
                s = new S(g, date);
                s.from = from;
                s.to = to;
                sessions.putIfAbsent(new SessionKey(g, date, null), s);
                sessions.put(new SessionKey(g, date, from), s);
            }
            MarkKey key = new MarkKey(s, e);
            if (!attendanceInFile.add(key)) {
                c.problem(Columns.DATE, date.toString(), "import.error.duplicate");
                return outcome(c, Sheet.NARVARO, Action.REFUSED, what);
            }
            String stored = attendance.get(key);
            if (status.equals(stored)) {
                return outcome(c, Sheet.NARVARO, Action.UNCHANGED, what);
            }
            attendanceRows.add(new Att(s, e, status));
            return outcome(c, Sheet.NARVARO, stored == null ? Action.CREATE : Action.CHANGE, what);
        }

        private final Map<String, Integer> responsesInFile = new HashMap<>();

        private Outcome answers(Cells c) {
            Programme programme = programmeOf(c);
            String purpose = c.choice(Columns.PURPOSE, Formats.PURPOSE, true);
            String groupName = c.text(Columns.GROUP);
            LocalDate date = c.date(Columns.DATE, true);
            String mode = c.choice(Columns.MODE, Formats.MODE, false);
            mode = mode == null ? "STAFF" : mode;
            String what = (programme == null ? "" : programme.name()) + " · " + date;
            if (date != null && date.isAfter(today)) {
                c.problem(Columns.DATE, date.toString(), "import.error.date-in-future");
            }
            if (programme == null || purpose == null) {
                return outcome(c, Sheet.ENKATSVAR, Action.REFUSED, what);
            }
            Template template = templates.get(programme.id() + "|" + purpose);
            if (template == null) {
                c.problem(Columns.PURPOSE, c.text(Columns.PURPOSE), "import.error.no-template");
                return outcome(c, Sheet.ENKATSVAR, Action.REFUSED, what);
            }
            G group = null;
            if ("GROUP".equals(purpose)) {
                group = groupName == null ? null : groups.get(groupKey(programme.id(), groupName));
                if (group == null) {
                    c.problem(Columns.GROUP, groupName == null ? "" : groupName, "import.error.group-unknown");
                }
            }
            Map<Integer, Object> answers = new java.util.TreeMap<>();
            Set<Integer> positions = new HashSet<>();
            for (Item item : template.items()) {
                // Positions count from 0; the file's questions from 1.
                positions.add(item.position() + 1);
                String column = Columns.question(item.position() + 1);
                if ("SCALE".equals(item.kind())) {
                    Integer value = c.number(column, 1, 6, false);
                    if (value != null) {
                        answers.put(item.position(), value);
                    }
                } else {
                    String text = c.text(column, 2000);
                    if (text != null) {
                        answers.put(item.position(), text);
                    }
                }
                if (item.required() && c.text(column) == null) {
                    c.problem(column, "", "import.error.answer-required");
                }
            }
            for (int q = 1; q <= Columns.MAX_QUESTIONS; q++) {
                if (!positions.contains(q) && c.has(Columns.question(q)) && c.text(Columns.question(q)) != null) {
                    c.problem(Columns.question(q), c.text(Columns.question(q)), "import.error.question-extra",
                            String.valueOf(template.items().size()));
                }
            }
            if (!c.problems.isEmpty()) {
                return outcome(c, Sheet.ENKATSVAR, Action.REFUSED, what);
            }
            StringBuilder key = new StringBuilder(responseHead(programme.id(), purpose, groupName, date, mode));
            answers.forEach((p, v) -> key.append(p).append('=').append(v).append('\u001f'));
            int seen = responsesInFile.merge(key.toString(), 1, Integer::sum);
            if (seen <= storedResponses.getOrDefault(key.toString(), 0)) {
                return outcome(c, Sheet.ENKATSVAR, Action.UNCHANGED, what);
            }
            responses.add(new Resp(programme.id(), template.id(), purpose, group, date, mode, answers));
            return outcome(c, Sheet.ENKATSVAR, Action.CREATE, what);
        }

        private String describe(P person, Programme programme, LocalDate date) {
            return (person == null ? "" : person.label()) + " · " + (programme == null ? "" : programme.name())
                    + " · " + (date == null ? "" : date);
        }

        // ---- writing ----

        void write() {
            writePersons();
            writeEnrolments();
            jdbc.batchUpdate("INSERT INTO follow_up_contact (enrolment_id, contact_date, kind, note) VALUES (?, ?, ?, ?)",
                    followUps, 500, (ps, f) -> {
                        ps.setLong(1, f.enrolment().id);
                        ps.setObject(2, f.date());
                        ps.setString(3, f.kind());
                        ps.setString(4, f.note());
                    });
            writeHeadcounts();
            writeAttendance();
            writeResponses();
            assessments.write();
        }

        private void writePersons() {
            List<P> created = touchedPersons.stream().filter(p -> p.id == null).toList();
            jdbc.batchUpdate("INSERT INTO person (personnummer, anonymous_key, first_name, last_name, kon, birth_year, "
                    + "birth_date, kommun, phone, email, anonymous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", created, 1000,
                    (ps, p) -> {
                        ps.setString(1, p.pnr);
                        ps.setString(2, p.key);
                        ps.setString(3, p.firstName);
                        ps.setString(4, p.lastName);
                        ps.setString(5, p.kon);
                        ps.setInt(6, p.birthYear);
                        ps.setObject(7, p.birthDate);
                        ps.setString(8, p.kommun);
                        ps.setString(9, p.phone);
                        ps.setString(10, p.email);
                        ps.setBoolean(11, p.anonymous);
                    });
            requireUnchanged(jdbc.batchUpdate("UPDATE person SET first_name = ?, last_name = ?, kon = ?, birth_year = ?, "
                    + "kommun = ?, phone = ?, email = ?, version = version + 1 WHERE id = ? AND version = ?",
                    touchedPersons.stream().filter(p -> p.id != null).toList(), 1000, (ps, p) -> {
                        ps.setString(1, p.firstName);
                        ps.setString(2, p.lastName);
                        ps.setString(3, p.kon);
                        ps.setInt(4, p.birthYear);
                        ps.setString(5, p.kommun);
                        ps.setString(6, p.phone);
                        ps.setString(7, p.email);
                        ps.setLong(8, p.id);
                        ps.setLong(9, p.version);
                    }));
            Map<String, P> newByPnr = new HashMap<>();
            Map<String, P> newByKey = new HashMap<>();
            created.forEach(p -> {
                if (p.pnr != null) {
                    newByPnr.put(p.pnr, p);
                } else {
                    newByKey.put(p.key, p);
                }
            });
            inChunks(newByPnr.keySet(), "SELECT id, personnummer FROM person WHERE personnummer IN (:ids)",
                    rs -> { newByPnr.get(rs.getString(2)).id = rs.getLong(1); });
            inChunks(newByKey.keySet(), "SELECT id, anonymous_key FROM person WHERE anonymous_key IN (:ids)",
                    rs -> { newByKey.get(rs.getString(2)).id = rs.getLong(1); });
        }

        private void writeEnrolments() {
            List<E> created = touchedEnrolments.stream().filter(e -> e.id == null).toList();
            List<E> updated = touchedEnrolments.stream().filter(e -> e.id != null).toList();
            String columns = "referral_date = ?, referring_partner = ?, decision = ?, decision_reason = ?, start_date = ?, "
                    + "consent_given_date = ?, consent_written = ?, education = ?, years_in_support = ?, end_date = ?, "
                    + "exit_other_comment = ?, occupation_at_exit = ?, follow_up_wanted = ?, over_budget_reason = ?, "
                    + "age_override_reason = ?";
            jdbc.batchUpdate("INSERT INTO enrolment SET " + columns + ", person_id = ?, programme_id = ?", created, 1000,
                    (ps, e) -> {
                        enrolmentValues(ps, e);
                        ps.setLong(16, e.person.id);
                        ps.setLong(17, e.programmeId);
                    });
            requireUnchanged(jdbc.batchUpdate("UPDATE enrolment SET " + columns + ", version = version + 1 "
                    + "WHERE id = ? AND version = ?", updated, 1000, (ps, e) -> {
                        enrolmentValues(ps, e);
                        ps.setLong(16, e.id);
                        ps.setLong(17, e.version);
                    }));
            Map<Long, P> persons = new HashMap<>();
            created.forEach(e -> persons.put(e.person.id, e.person));
            Map<EKey, E> createdByKey = new HashMap<>();
            created.forEach(e -> createdByKey.put(new EKey(e.person, e.programmeId, e.keyDate()), e));
            inChunks(persons.keySet(), "SELECT id, person_id, programme_id, start_date, referral_date FROM enrolment "
                    + "WHERE person_id IN (:ids)", rs -> {
                LocalDate start = rs.getObject(4, LocalDate.class);
                EKey key = new EKey(persons.get(rs.getLong(2)), rs.getLong(3),
                        start != null ? start : rs.getObject(5, LocalDate.class));
                E e = createdByKey.get(key);
                if (e != null && e.id == null) {
                    e.id = rs.getLong(1);
                }
            });
            List<Long> updatedIds = updated.stream().map(e -> e.id).toList();
            for (String table : List.of("enrolment_support_start", "enrolment_exit_reason", "enrolment_support_after")) {
                chunks(updatedIds, chunk -> named.update("DELETE FROM " + table + " WHERE enrolment_id IN (:ids)",
                        Map.of("ids", chunk)));
            }
            codes("enrolment_support_start", e -> e.supportStart);
            codes("enrolment_exit_reason", e -> e.reasons);
            codes("enrolment_support_after", e -> e.supportAfter);
        }

        private void enrolmentValues(PreparedStatement ps, E e) throws java.sql.SQLException {
            ps.setObject(1, e.referral);
            ps.setString(2, e.partner);
            ps.setString(3, e.decision);
            ps.setString(4, e.decisionReason);
            ps.setObject(5, e.start);
            ps.setObject(6, e.consent);
            ps.setBoolean(7, e.consentWritten);
            ps.setString(8, e.education);
            ps.setObject(9, e.years);
            ps.setObject(10, e.end);
            ps.setString(11, e.comment);
            ps.setString(12, e.occupation);
            ps.setBoolean(13, e.followUpWanted);
            ps.setString(14, e.overBudget);
            ps.setString(15, e.ageOverride);
        }

        private void codes(String table, java.util.function.Function<E, Set<String>> codesOf) {
            List<Object[]> rows = new ArrayList<>();
            touchedEnrolments.forEach(e -> codesOf.apply(e).forEach(code -> rows.add(new Object[] {e.id, code})));
            jdbc.batchUpdate("INSERT INTO " + table + " (enrolment_id, code) VALUES (?, ?)", rows);
        }


        private void writeHeadcounts() {
            jdbc.batchUpdate("INSERT INTO headcount (programme_id, count_date, activity, age_band, women, men) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", touchedHeadcounts.stream().filter(h -> h.id == null).toList(), 1000, (ps, h) -> {
                ps.setLong(1, h.programmeId);
                ps.setObject(2, h.date);
                ps.setString(3, h.activity);
                ps.setString(4, h.band);
                ps.setInt(5, h.women);
                ps.setInt(6, h.men);
            });
            requireUnchanged(jdbc.batchUpdate("UPDATE headcount SET women = ?, men = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", touchedHeadcounts.stream().filter(h -> h.id != null).toList(), 1000,
                    (ps, h) -> {
                        ps.setInt(1, h.women);
                        ps.setInt(2, h.men);
                        ps.setLong(3, h.id);
                        ps.setLong(4, h.version);
                    }));
        }

        private void writeAttendance() {
            List<G> newGroups = groups.values().stream().filter(g -> g.id == null).toList();
            jdbc.batchUpdate("INSERT INTO group_round (programme_id, name, start_date, end_date) VALUES (?, ?, ?, ?)",
                    newGroups, 500, (ps, g) -> {
                        ps.setLong(1, g.programmeId);
                        ps.setString(2, g.name);
                        ps.setObject(3, g.first);
                        ps.setObject(4, g.last);
                    });
            Map<String, G> byKey = new HashMap<>();
            newGroups.forEach(g -> byKey.put(groupKey(g.programmeId, g.name), g));
            inChunks(newGroups.stream().map(g -> g.programmeId).distinct().toList(),
                    "SELECT id, programme_id, name FROM group_round WHERE programme_id IN (:ids)", rs -> {
                        G g = byKey.get(groupKey(rs.getLong(2), rs.getString(3)));
                        if (g != null && g.id == null) {
                            g.id = rs.getLong(1);
                        }
                    });
            List<S> newSessions = new ArrayList<>(new LinkedHashSet<>(sessions.values()).stream().filter(s -> s.id == null).toList());
            newSessions.sort(Comparator.comparing((S s) -> s.date).thenComparing(s -> s.from));
            Map<G, Integer> numbers = new HashMap<>();
            List<Object[]> sessionRows = new ArrayList<>();
            for (S s : newSessions) {
                int number = numbers.merge(s.group, s.group.maxNumber + 1, (a, b) -> a + 1);
                sessionRows.add(new Object[] {s.group.id, number, Date.valueOf(s.date), Time.valueOf(s.from), Time.valueOf(s.to)});
            }
            jdbc.batchUpdate("INSERT INTO group_session (group_id, number, session_date, start_time, end_time) "
                    + "VALUES (?, ?, ?, ?, ?)", sessionRows);
            Map<String, S> sessionByKey = new HashMap<>();
            newSessions.forEach(s -> sessionByKey.put(s.group.id + "|" + s.date + "|" + s.from, s));
            inChunks(newSessions.stream().map(s -> s.group.id).distinct().toList(),
                    "SELECT id, group_id, session_date, start_time FROM group_session WHERE group_id IN (:ids)", rs -> {
                        S s = sessionByKey.get(rs.getLong(2) + "|" + rs.getObject(3, LocalDate.class) + "|"
                                + rs.getObject(4, LocalTime.class));
                        if (s != null && s.id == null) {
                            s.id = rs.getLong(1);
                        }
                    });
            Map<String, Object[]> members = new HashMap<>();
            for (Att a : attendanceRows) {
                members.merge(a.session().group.id + "|" + a.enrolment().id,
                        new Object[] {a.session().group.id, a.enrolment().id, Date.valueOf(a.session().date)},
                        (x, y) -> ((Date) x[2]).before((Date) y[2]) ? x : y);
            }
            jdbc.batchUpdate("INSERT IGNORE INTO group_member (group_id, enrolment_id, joined) VALUES (?, ?, ?)",
                    new ArrayList<>(members.values()));
            jdbc.batchUpdate("INSERT INTO attendance (session_id, enrolment_id, status) VALUES (?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE status = VALUES(status)", attendanceRows, 2000, (ps, a) -> {
                ps.setLong(1, a.session().id);
                ps.setLong(2, a.enrolment().id);
                ps.setString(3, a.status());
            });
        }

        private void writeResponses() {
            List<Object[]> answers = new ArrayList<>();
            for (Resp r : responses) {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.update(con -> {
                    PreparedStatement ps = con.prepareStatement("INSERT INTO questionnaire_response (template_id, "
                            + "programme_id, purpose, group_id, counts_on, mode) VALUES (?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, r.templateId());
                    ps.setLong(2, r.programmeId());
                    ps.setString(3, r.purpose());
                    ps.setObject(4, r.group() == null ? null : r.group().id);
                    ps.setObject(5, r.date());
                    ps.setString(6, r.mode());
                    return ps;
                }, keys);
                long id = Objects.requireNonNull(keys.getKey()).longValue();
                r.answers().forEach((position, value) -> answers.add(new Object[] {id, position,
                        value instanceof Integer i ? i : null, value instanceof String s ? s : null}));
            }
            jdbc.batchUpdate("INSERT INTO questionnaire_answer (response_id, position, scale_value, text) VALUES (?, ?, ?, ?)",
                    answers);
        }
    }

    /**
     * Someone changed a row the import updates between its planning and its writing: the whole
     * import is undone (the caller's transaction) and the user runs the dry run again.
     */
    private static void requireUnchanged(int[][] counts) {
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    throw new InvalidInputException("file", "import.error.changed-meanwhile");
                }
            }
        }
    }

    /** The values in lists of at most CHUNK, for statements with "IN (:ids)". */
    private static <T> void chunks(Collection<T> values, java.util.function.Consumer<List<T>> work) {
        List<T> list = new ArrayList<>(values);
        for (int i = 0; i < list.size(); i += CHUNK) {
            work.accept(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
    }

    // ---- keys ----

    private static String keyOf(String anonymousKey) {
        return anonymousKey.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String headcountKey(long programmeId, LocalDate date, String activity, String band) {
        return programmeId + "|" + date + "|" + (activity == null ? "" : Sheet.plain(activity)) + "|" + (band == null ? "" : band);
    }

    private static String groupKey(long programmeId, String name) {
        return programmeId + "|" + Sheet.plain(name.strip());
    }

    private static String responseHead(long programmeId, String purpose, String group, LocalDate date, String mode) {
        return programmeId + "|" + purpose + "|" + (group == null ? "" : Sheet.plain(group)) + "|" + date + "|" + mode + "|";
    }

    private static boolean differs(Object stored, Object fromFile) {
        return fromFile != null && !fromFile.equals(stored);
    }

    private static <T> T keep(T stored, T fromFile) {
        return fromFile != null ? fromFile : stored;
    }
}
