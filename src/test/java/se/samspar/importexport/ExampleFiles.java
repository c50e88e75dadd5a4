package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.importexport.Sheet.Columns.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;

/**
 * Writes the example files of docs/import-export.md: the app's template and a small history in
 * the demo's programmes, checked to import without a refused row. Not part of the test command:
 * {@code ./mvnw test -Dtest=ExampleFiles -Dsamspar.benchmarks=}.
 */
@Tag("docs")
class ExampleFiles extends ImportTestSupport {

    static final String FORREHAB = "Arbetsrehabteamet – förrehabilitering";
    static final String HALSOSKOLAN = "Hälsoskolan";


    @Test
    void write_the_example_files() throws Exception {
        long forrehab = programme(FORREHAB, ProgrammeKind.BOTH);
        long halsoskolan = programme(HALSOSKOLAN, ProgrammeKind.HEADCOUNT);
        Sheets history = new Sheets();
        String[][] people = {{"Amira", "Hassan", "KVINNA"}, {"Johan", "Lindqvist", "MAN"}, {"Sofia", "Berg", "KVINNA"},
                {"Mehmet", "Yilmaz", "MAN"}};
        LocalDate[] starts = {LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 17),
                LocalDate.of(2018, 10, 8)};
        for (int i = 0; i < people.length; i++) {
            String pnr = Sheets.freshPnr(jdbc, Kon.valueOf(people[i][2]));
            String start = starts[i].toString();
            history.row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, people[i][0], LAST_NAME, people[i][1], KOMMUN,
                    i % 2 == 0 ? "Vänersborg" : "Mellerud");
            history.row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, FORREHAB, REFERRAL, starts[i].minusWeeks(3).toString(),
                    PARTNER, i % 2 == 0 ? "Arbetsförmedlingen" : "Försäkringskassan", START, start, CONSENT, start,
                    CONSENT_WRITTEN, "Ja", EDUCATION, i == 1 ? "Grundskola eller kortare" : "Gymnasium",
                    SUPPORT_START, i == 3 ? "Sjukpenning/rehabiliteringspenning;A-kassa" : "Försörjningsstöd",
                    YEARS, String.valueOf(2 + i));
            for (int week = 0; week < 4; week++) {
                history.row(Sheet.NARVARO, PNR, pnr, PROGRAMME, FORREHAB, START, start, GROUP, "Förrehab hösten 2018",
                        DATE, LocalDate.of(2018, 10, 8).plusWeeks(week).toString(), FROM_TIME, "09:00", TO_TIME, "11:30",
                        STATUS, (i + week) % 5 == 0 ? "Frånvarande" : "Närvarande");
            }
            history.row(Sheet.BEDOMNINGAR, assessment(pnr, start, starts[i].plusWeeks(1).toString(), "Start", 2 + i % 2,
                    i == 0 ? "Sover dåligt, orolig inför gruppen" : ""));
            if (i < 2) {
                history.row(Sheet.BEDOMNINGAR, assessment(pnr, start, "2018-12-14", "Avslut", 5 + i, ""));
                history.row(Sheet.AVSLUT, PNR, pnr, PROGRAMME, FORREHAB, START, start, END, "2018-12-14",
                        REASONS, i == 0 ? "Studier" : "Arbete", OCCUPATION, i == 0 ? "Studier" : "Ej subventionerat arbete",
                        SUPPORT_AFTER, "Ingen offentlig försörjning", FOLLOW_UP_WANTED, "Ja");
                history.row(Sheet.UPPFOLJNINGAR, PNR, pnr, PROGRAMME, FORREHAB, START, start, DATE, "2019-03-12",
                        HOW, "Telefon", NOTE, i == 0 ? "Går på Komvux, trivs" : "Kvar på arbetet");
                history.row(Sheet.ENKATSVAR, PROGRAMME, FORREHAB, PURPOSE, "Avslut", DATE, "2018-12-14",
                        MODE, i == 0 ? "Personal" : "Muntligt", question(1), "6", question(2), i == 0 ? "5" : "4",
                        question(3), "6", question(4), "Gruppen och studiebesöken");
            }
        }
        history.row(Sheet.PERSONER, KEY, "FR-2018-07", KON, "Kvinna", BIRTH_YEAR, "1979", KOMMUN, "Vänersborg");
        history.row(Sheet.INSKRIVNINGAR, KEY, "FR-2018-07", PROGRAMME, FORREHAB, REFERRAL, "2018-08-20", START, "2018-09-03",
                EDUCATION, "Okänd", SUPPORT_START, "Aktivitetsersättning", YEARS, "4");
        history.row(Sheet.PERSONER, KEY, "FR-2018-11", KON, "Man", BIRTH_YEAR, "1995", KOMMUN, "Mellerud");
        history.row(Sheet.INSKRIVNINGAR, KEY, "FR-2018-11", PROGRAMME, FORREHAB, REFERRAL, "2018-09-10",
                DECISION, "Väntelista");
        for (int week = 0; week < 6; week++) {
            history.row(Sheet.PINNSTATISTIK, PROGRAMME, HALSOSKOLAN, DATE, LocalDate.of(2018, 9, 4).plusWeeks(week).toString(),
                    ACTIVITY, "Hälsoskolan hösten 2018", AGE_BAND, week < 3 ? "30-44" : "45-59",
                    WOMEN, String.valueOf(6 + week % 3), MEN, String.valueOf(2 + week % 2));
        }
        // A coordinator of the two: the template offers their programmes only.
        loginAs(newCoordinator("Dokumentation", forrehab, halsoskolan)[0], Role.SAMORDNARE);
        assertThat(imports.dryRun(history.content()).problems()).isEmpty();
        Path dir = Path.of("docs", "examples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("exempel-historik.xlsx"), history.xlsx());
        Files.write(dir.resolve("importmall.xlsx"), imports.template());
    }

    /** An assessment row: every default dimension scored from the step, Hälsa with the comment. */
    private static String[] assessment(String pnr, String start, String date, String kind, int step, String comment) {
        java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(PNR, pnr, PROGRAMME, FORREHAB, START,
                start, DATE, date, KIND, kind, STEP, String.valueOf(step)));
        for (var d : AssessmentSheet.DIMENSIONS) {
            cells.addAll(java.util.List.of(d.label(), String.valueOf(Math.min(5, Math.max(1, step - 1 + d.label().length() % 2)))));
        }
        cells.addAll(java.util.List.of(comment(AssessmentSheet.DIMENSIONS.getFirst().label()), comment));
        return cells.toArray(String[]::new);
    }

    private long programme(String name, ProgrammeKind kind) {
        loginAs("docs-admin", Role.ADMIN);
        return programmes.all().stream().filter(p -> p.getName().equals(name)).findFirst().orElseGet(() -> {
            Programme p = new Programme();
            p.setName(name);
            p.setKind(kind);
            p.setActiveFrom(LocalDate.of(2017, 1, 1));
            return programmes.save(p);
        }).getId();
    }
}
