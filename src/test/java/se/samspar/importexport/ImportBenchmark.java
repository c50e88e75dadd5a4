package se.samspar.importexport;

import static se.samspar.importexport.Sheet.Columns.*;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/**
 * How long a 50 000-row history takes to import: a measurement, not a test (excluded from the test
 * command). Run: {@code ./mvnw test -Dtest=ImportBenchmark -Dsamspar.benchmarks=} and read the
 * table it prints.
 */
@Tag("benchmark")
class ImportBenchmark extends ImportTestSupport {


    @Test
    void fifty_thousand_rows() {
        long programmeId = newProgramme("Benchmark", ProgrammeKind.BOTH, 100);
        String programme = name(programmeId);
        Random random = new Random(50_000);
        Sheets file = new Sheets();
        int persons = 8000;
        for (int i = 0; i < persons; i++) {
            String pnr = Sheets.freshPnr(jdbc, i % 2 == 0 ? Kon.KVINNA : Kon.MAN);
            LocalDate start = LocalDate.of(2015, 1, 5).plusDays(random.nextInt(3000));
            String startText = start.toString();
            file.row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Bench", LAST_NAME, "Mark " + i, KOMMUN, "Vänersborg");
            file.row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, start.minusWeeks(2).toString(),
                    START, startText, EDUCATION, "Gymnasium", SUPPORT_START, "A-kassa", YEARS, "2");
            if (i % 2 == 0) {
                String end = start.plusDays(100 + random.nextInt(150)).toString();
                file.row(Sheet.AVSLUT, PNR, pnr, PROGRAMME, programme, START, startText, END, end, REASONS, "Arbete");
                file.row(Sheet.UPPFOLJNINGAR, PNR, pnr, PROGRAMME, programme, START, startText, DATE, end, HOW, "Telefon");
            }
            for (int s = 0; s < 3; s++) {
                file.row(Sheet.NARVARO, PNR, pnr, PROGRAMME, programme, START, startText, GROUP, "Grupp " + (i % 50),
                        DATE, start.plusDays(7 * s).toString(), FROM_TIME, "09:00", TO_TIME, "11:30", STATUS, "Närvarande");
            }
        }
        for (int i = 0; i < 1000; i++) {
            file.row(Sheet.ENKATSVAR, PROGRAMME, programme, PURPOSE, "Avslut", DATE, LocalDate.of(2019, 1, 1).plusDays(i % 300)
                    .toString(), question(1), String.valueOf(1 + random.nextInt(6)), question(2), "5", question(3), "6");
            file.row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, LocalDate.of(2016, 1, 1).plusDays(i).toString(),
                    ACTIVITY, "Träff", WOMEN, String.valueOf(1 + random.nextInt(20)), MEN, String.valueOf(random.nextInt(20)));
        }
        int rows = file.tables().stream().mapToInt(t -> t.rows().size()).sum();
        byte[] xlsx = file.xlsx();
        loginAs("benchmark-admin", Role.ADMIN);

        long t0 = System.nanoTime();
        ImportFile.Content content = ImportFile.read("benchmark.xlsx", new ByteArrayInputStream(xlsx));
        long t1 = System.nanoTime();
        Importer.Plan plan = imports.dryRun(content);
        long t2 = System.nanoTime();
        if (plan.refused()) {
            throw new AssertionError(plan.problems().stream().limit(5).toList());
        }
        imports.commit("benchmark.xlsx", xlsx, content);
        long t3 = System.nanoTime();
        Importer.Plan again = imports.dryRun(ImportFile.read("benchmark.xlsx", new ByteArrayInputStream(xlsx)));
        long t4 = System.nanoTime();

        System.out.printf("%nIMPORT BENCHMARK: %d rows, %.1f MB workbook%n", rows, xlsx.length / 1e6);
        System.out.printf("| read workbook | %.1f s |%n| dry run | %.1f s |%n| import (plans again, writes) | %.1f s |%n"
                + "| same file again (dry run: %d unchanged) | %.1f s |%n| upload to imported, total | %.1f s |%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, again.counts().get(Importer.Action.UNCHANGED),
                (t4 - t3) / 1e9, (t3 - t0) / 1e9);
        if (plan.refused() || again.counts().get(Importer.Action.UNCHANGED) != rows) {
            throw new AssertionError("The benchmark file should import whole and then be unchanged: " + plan.problems()
                    .stream().limit(5).toList());
        }
    }
}
