package se.samspar.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samspar.base.Csv;
import se.samspar.participant.Kon;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.Period;

/**
 * The counts the förbund reports to the national follow-up (Uppföljning Finsam): per individual
 * programme, the unique participants active during the period by kön, of whom new and exited.
 * Wrong registrations never count. Exported as CSV (semicolons, UTF-8 with BOM, as Swedish Excel
 * opens it, text that would start a formula neutralised) and XLSX (text cells, never formulas).
 */
public final class FinsamCounts {

    public static final List<String> HEADER = List.of("Insats", "Deltagare kvinnor", "Deltagare män",
            "Deltagare totalt", "Nya kvinnor", "Nya män", "Avslutade kvinnor", "Avslutade män");

    private FinsamCounts() {
    }

    public record Row(String programme, int women, int men, int newWomen, int newMen, int exitedWomen, int exitedMen) {
        public int total() {
            return women + men;
        }

        List<Object> cells() {
            return List.of(programme, women, men, total(), newWomen, newMen, exitedWomen, exitedMen);
        }
    }

    public static Row of(String programme, Collection<EnrolmentFacts> all, Period p) {
        Set<Long> women = new HashSet<>();
        Set<Long> men = new HashSet<>();
        Set<Long> newWomen = new HashSet<>();
        Set<Long> newMen = new HashSet<>();
        Set<Long> exitedWomen = new HashSet<>();
        Set<Long> exitedMen = new HashSet<>();
        for (EnrolmentFacts f : all) {
            if (!f.counts() || !f.activeDuring(p)) {
                continue;
            }
            boolean woman = f.kon() == Kon.KVINNA;
            (woman ? women : men).add(f.personId());
            if (f.startedIn(p)) {
                (woman ? newWomen : newMen).add(f.personId());
            }
            if (f.exitedIn(p)) {
                (woman ? exitedWomen : exitedMen).add(f.personId());
            }
        }
        return new Row(programme, women.size(), men.size(), newWomen.size(), newMen.size(), exitedWomen.size(),
                exitedMen.size());
    }

    public static byte[] csv(List<Row> rows) {
        return Csv.of(HEADER, rows.stream().map(r -> r.cells().stream().map(String::valueOf).toList()).toList());
    }

    public static byte[] xlsx(List<Row> rows, String sheetTitle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Samspår", "1.0");
            Worksheet ws = wb.newWorksheet(sheetTitle.length() > 31 ? sheetTitle.substring(0, 31) : sheetTitle);
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = rows.get(r).cells();
                ws.value(r + 1, 0, (String) cells.getFirst());
                for (int c = 1; c < cells.size(); c++) {
                    ws.value(r + 1, c, (Integer) cells.get(c));
                }
            }
            ws.width(0, 40);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
