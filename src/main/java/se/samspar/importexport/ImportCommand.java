package se.samspar.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import se.samspar.security.SystemUser;

/**
 * The import without the UI, for migrations: {@code --server.port=0 --samspar.import.file=historik.xlsx} prints the
 * dry run; with {@code --samspar.import.commit=true} it then imports, all or nothing. The
 * application then stops with exit code 0 (imported, or nothing refused in a dry run), 1 (rows or
 * the file refused) or 2 (the file could not be read). Runs as the system user (administrator).
 */
@Component
@ConditionalOnProperty("samspar.import.file")
class ImportCommand implements ApplicationRunner {

    private final ImportService imports;
    private final String file;
    private final boolean commit;
    private final org.springframework.context.ConfigurableApplicationContext context;
    PrintStream out = System.out;

    ImportCommand(ImportService imports, @Value("${samspar.import.file}") String file,
                  @Value("${samspar.import.commit:false}") boolean commit,
                  org.springframework.context.ConfigurableApplicationContext context) {
        this.imports = imports;
        this.file = file;
        this.commit = commit;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = SystemUser.call(this::runImport);
        int exit = org.springframework.boot.SpringApplication.exit(context, () -> code);
        if (!Boolean.getBoolean("samspar.import.no-exit")) {
            System.exit(exit);
        }
    }

    int runImport() {
        Path path = Path.of(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) ImportFile.MAX_BYTES + 1);
        } catch (IOException e) {
            out.println(Messages.text("import.cli.unreadable", path, e.getMessage()));
            return 2;
        }
        ImportFile.Content content = ImportFile.read(path.getFileName().toString(), new java.io.ByteArrayInputStream(bytes));
        Importer.Plan plan = imports.dryRun(content);
        for (Problem p : plan.problems()) {
            out.println(p.sheet() + (p.row() > 0 ? " rad " + p.row() : "") + (p.column().isEmpty() ? "" : " [" + p.column() + "]")
                    + (p.value().isEmpty() ? "" : " \"" + p.value() + "\"") + ": " + Messages.text(p));
        }
        out.println(Messages.text("import.cli.plan", ImportService.summary(plan)));
        if (plan.refused()) {
            out.println(Messages.text("import.cli.refused"));
            return 1;
        }
        if (!commit) {
            out.println(Messages.text("import.cli.dry-run"));
            return 0;
        }
        if (!plan.committable()) {
            out.println(Messages.text("import.nothing"));
            return 0;
        }
        imports.commit(path.getFileName().toString(), bytes, content);
        out.println(Messages.text("import.cli.done"));
        return 0;
    }
}
