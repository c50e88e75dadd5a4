package se.samspar.importexport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The sheets of an import workbook (or the CSV files of the same names), in the order they are
 * imported, with their columns. The sheet and column names are the file format: they are what a
 * coordinator writes in Excel and are documented in docs/import-export.md.
 */
public enum Sheet {
    PERSONER("Personer", List.of(Columns.PNR, Columns.KEY), List.of(Columns.PNR, Columns.KEY, Columns.FIRST_NAME,
            Columns.LAST_NAME, Columns.KON, Columns.BIRTH_YEAR, Columns.KOMMUN, Columns.PHONE, Columns.EMAIL)),
    INSKRIVNINGAR("Inskrivningar", List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.REFERRAL),
            List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.REFERRAL, Columns.PARTNER, Columns.DECISION,
                    Columns.DECISION_REASON, Columns.START, Columns.CONSENT, Columns.CONSENT_WRITTEN, Columns.EDUCATION, Columns.SUPPORT_START,
                    Columns.YEARS, Columns.OVER_BUDGET, Columns.AGE_OVERRIDE)),
    AVSLUT("Avslut", List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.END, Columns.REASONS),
            List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.END, Columns.REASONS,
                    Columns.COMMENT, Columns.OCCUPATION, Columns.SUPPORT_AFTER, Columns.FOLLOW_UP_WANTED)),
    UPPFOLJNINGAR("Uppföljningar", List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.DATE,
            Columns.HOW), List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.DATE, Columns.HOW,
            Columns.NOTE)),
    PINNSTATISTIK("Pinnstatistik", List.of(Columns.PROGRAMME, Columns.DATE, Columns.WOMEN, Columns.MEN),
            List.of(Columns.PROGRAMME, Columns.DATE, Columns.ACTIVITY, Columns.AGE_BAND, Columns.WOMEN, Columns.MEN)),
    NARVARO("Närvaro", List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.GROUP, Columns.DATE,
            Columns.STATUS), List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.GROUP,
            Columns.DATE, Columns.FROM_TIME, Columns.TO_TIME, Columns.STATUS)),
    ENKATSVAR("Enkätsvar", List.of(Columns.PROGRAMME, Columns.PURPOSE, Columns.DATE, Columns.question(1)),
            Stream.concat(Stream.of(Columns.PROGRAMME, Columns.PURPOSE, Columns.GROUP, Columns.DATE, Columns.MODE),
                    IntStream.rangeClosed(1, Columns.MAX_QUESTIONS).mapToObj(Columns::question)).toList()),
    BEDOMNINGAR("Bedömningar", List.of(Columns.PNR, Columns.KEY, Columns.PROGRAMME, Columns.START, Columns.DATE,
            Columns.KIND, Columns.STEP), Stream.of(AssessmentSheet.HEAD.stream(), Stream.of(Columns.TEMPLATE_VERSION), AssessmentSheet.DIMENSIONS.stream()
            .map(se.samspar.assessment.AssessmentTemplate.TemplateDimension::label), AssessmentSheet.DIMENSIONS.stream()
            .map(d -> Columns.comment(d.label()))).flatMap(x -> x).toList());

    private final String title;
    private final List<String> required;
    private final List<String> columns;

    Sheet(String title, List<String> required, List<String> columns) {
        this.title = title;
        this.required = required;
        this.columns = columns;
    }

    /** The sheet's name in a workbook; a CSV file is named the same, plain letters, ".csv". */
    public String title() {
        return title;
    }

    /** Columns a sheet must have (a person sheet needs one of Personnummer and Anonym nyckel). */
    public List<String> required() {
        return required;
    }

    public List<String> columns() {
        return columns;
    }

    public String csvName() {
        return plain(title) + ".csv";
    }

    /** The sheet a workbook sheet or CSV file name means, ignoring case, accents and ".csv". */
    public static Optional<Sheet> named(String name) {
        String wanted = plain(name.strip().replaceFirst("(?i)\\.csv$", ""));
        return Stream.of(values()).filter(s -> plain(s.title).equals(wanted)).findFirst();
    }

    static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the sheet may have columns beyond {@link #columns()}: Bedömningar names a column by
     * each dimension of the programme's own template, checked row by row against it.
     */
    boolean openColumns() {
        return this == BEDOMNINGAR;
    }

    /** Whether the sheet names its person by Personnummer or Anonym nyckel. */
    boolean namesPersons() {
        return columns.contains(Columns.PNR);
    }

    /** The column names of the format. */
    public static final class Columns {
        public static final String PNR = "Personnummer";
        public static final String KEY = "Anonym nyckel";
        public static final String FIRST_NAME = "Förnamn";
        public static final String LAST_NAME = "Efternamn";
        public static final String KON = "Kön";
        public static final String BIRTH_YEAR = "Födelseår";
        public static final String KOMMUN = "Kommun";
        public static final String PHONE = "Telefon";
        public static final String EMAIL = "E-post";
        public static final String PROGRAMME = "Program";
        public static final String REFERRAL = "Remissdatum";
        public static final String PARTNER = "Remitterande part";
        public static final String DECISION = "Beslut";
        public static final String DECISION_REASON = "Beslutsmotivering";
        public static final String START = "Startdatum";
        public static final String CONSENT = "Samtycke datum";
        public static final String CONSENT_WRITTEN = "Samtycke skriftligt";
        public static final String EDUCATION = "Utbildning";
        public static final String SUPPORT_START = "Försörjning vid start";
        public static final String YEARS = "År med offentlig försörjning";
        public static final String OVER_BUDGET = "Motivering över budget";
        public static final String AGE_OVERRIDE = "Motivering ålder";
        public static final String END = "Slutdatum";
        public static final String REASONS = "Avslutsorsaker";
        public static final String COMMENT = "Kommentar";
        public static final String OCCUPATION = "Sysselsättning efter";
        public static final String SUPPORT_AFTER = "Försörjning efter";
        public static final String FOLLOW_UP_WANTED = "Uppföljning önskas";
        public static final String DATE = "Datum";
        public static final String HOW = "Sätt";
        public static final String NOTE = "Anteckning";
        public static final String ACTIVITY = "Aktivitet";
        public static final String AGE_BAND = "Åldersgrupp";
        public static final String WOMEN = "Kvinnor";
        public static final String MEN = "Män";
        public static final String GROUP = "Grupp";
        public static final String FROM_TIME = "Starttid";
        public static final String TO_TIME = "Sluttid";
        public static final String STATUS = "Status";
        public static final String PURPOSE = "Syfte";
        public static final String MODE = "Svarssätt";
        public static final String KIND = "Typ";
        public static final String STEP = "Steg";
        public static final String TEMPLATE_VERSION = "Mallversion";
        public static final int MAX_QUESTIONS = 20;

        private Columns() {
        }

        /** An assessment's comment on one dimension. */
        public static String comment(String dimensionLabel) {
            return COMMENT + " " + dimensionLabel.toLowerCase(Locale.ROOT);
        }

        public static String question(int position) {
            return "Fråga " + position;
        }
    }
}
