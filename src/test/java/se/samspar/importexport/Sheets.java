package se.samspar.importexport;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.participant.Kon;
import se.samspar.participant.TestPersonnummer;

/** Workbooks for the import tests, written and read back as a user's file would be. */
public final class Sheets {

    private static final Random RANDOM = new Random();
    private static final Set<String> HANDED_OUT = new HashSet<>();

    private final Map<Sheet, List<Map<String, String>>> rows = new LinkedHashMap<>();

    /** Adds a row to the sheet: column, value, column, value … */
    public Sheets row(Sheet sheet, String... columnsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        rows.computeIfAbsent(sheet, s -> new ArrayList<>()).add(row);
        return this;
    }

    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        rows.forEach((sheet, list) -> {
            // The sheet's columns, then any other a row names (a template's own dimension, say).
            Set<String> columns = new java.util.LinkedHashSet<>(sheet.columns());
            list.forEach(row -> columns.addAll(row.keySet()));
            List<Table.Row> tableRows = new ArrayList<>();
            for (Map<String, String> row : list) {
                tableRows.add(new Table.Row(tableRows.size() + 2,
                        columns.stream().map(c -> row.getOrDefault(c, "")).toList()));
            }
            tables.add(new Table(sheet, List.copyOf(columns), tableRows));
        });
        return tables;
    }

    public byte[] xlsx() {
        return Workbooks.xlsx(tables());
    }

    public ImportFile.Content content() {
        return ImportFile.read("test.xlsx", new ByteArrayInputStream(xlsx()));
    }

    /**
     * A samordningsnummer in Skatteverket's test series (born 1956–1988, of working age in 2018 and
     * 2019) that no person in the database has; the other tests use personnummer proper.
     */
    public static String freshPnr(JdbcTemplate jdbc, Kon kon) {
        while (true) {
            String pnr = TestPersonnummer.coordination(LocalDate.of(1956, 1, 1).plusDays(RANDOM.nextInt(12000)), kon,
                    980 + RANDOM.nextInt(19));
            Integer taken = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE personnummer = ?", Integer.class, pnr);
            synchronized (HANDED_OUT) {
                if (taken == 0 && HANDED_OUT.add(pnr)) {
                    return pnr;
                }
            }
        }
    }

    public static String freshKey() {
        StringBuilder sb = new StringBuilder("T-");
        for (char c : Long.toString(System.nanoTime(), 36).toCharArray()) {
            sb.append(Character.isDigit(c) ? (char) ('q' + c - '0') : c);
        }
        return sb.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
