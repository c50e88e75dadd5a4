package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.importexport.Sheet.Columns.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import se.samspar.programme.ProgrammeKind;
import se.samspar.security.SystemUser;

/** The import without the UI, for a migration: a dry run that tells, then with commit an import. */
class ImportCommandTest extends ImportTestSupport {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void the_command_line_dry_runs_by_default_imports_with_commit_and_refuses_bad_rows(@TempDir Path dir) throws Exception {
        long programmeId = newProgramme("Migrationen", ProgrammeKind.HEADCOUNT, 0);
        String programme = name(programmeId);
        Path file = dir.resolve("pinnstatistik.csv");
        Files.writeString(file, "Program;Datum;Aktivitet;Kvinnor;Män\r\n" + programme + ";2019-05-06;Hälsoskola;9;4\r\n",
                StandardCharsets.UTF_8);

        assertThat(run(file, false)).startsWith("0:").contains("Provkörning: Pinnstatistik: 1 nya");
        assertThat(headcounts(programmeId)).isZero();
        assertThat(run(file, true)).startsWith("0:").contains("Importen är klar.");
        assertThat(headcounts(programmeId)).isEqualTo(1);
        assertThat(run(file, true)).startsWith("0:").contains("Allt i filen finns redan");

        Files.writeString(file, "Program;Datum;Kvinnor;Män\r\n" + programme + ";4/5/2019;9;4\r\n", StandardCharsets.UTF_8);
        assertThat(run(file, true)).startsWith("1:").contains("Pinnstatistik rad 2 [Datum] \"4/5/2019\": Datumet kan läsas på flera sätt");
        assertThat(run(dir.resolve("finns-inte.xlsx"), true)).startsWith("2:");
    }

    private String run(Path file, boolean commit) {
        ImportCommand command = new ImportCommand(imports, file.toString(), commit, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = SystemUser.call(command::runImport);
        return code + ":" + out.toString(StandardCharsets.UTF_8);
    }

    private int headcounts(long programmeId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM headcount WHERE programme_id = ?", Integer.class, programmeId);
    }
}
