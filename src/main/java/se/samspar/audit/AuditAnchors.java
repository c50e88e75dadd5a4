package se.samspar.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The anchors of the chain outside the database: every signed line goes to the log, and to the
 * file {@code samspar.audit.anchor-file} when one is set ({@code audit-anchors.txt} beside the
 * embedded database's data folder by default). The operator backs that file up apart from the
 * database; the chain check compares the database with every line in it.
 */
@Component
class AuditAnchors {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchors.class);

    private final @Nullable Path file;

    @org.springframework.beans.factory.annotation.Autowired
    AuditAnchors(@Value("${samspar.audit.anchor-file:}") String anchorFile,
                 @Value("${spring.datasource.url:}") String datasourceUrl,
                 @Value("${samspar.embedded-db.data-dir:}") String embeddedDataDir) {
        this(!anchorFile.isBlank() ? Path.of(anchorFile)
                : datasourceUrl.isBlank() && !embeddedDataDir.isBlank()
                ? AuditKey.besideDataDir(Path.of(embeddedDataDir)).resolveSibling("audit-anchors.txt") : null);
    }

    AuditAnchors(@Nullable Path file) {
        this.file = file;
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Writes the anchor to the log and appends it to the file. */
    void write(AuditAnchor anchor) {
        LOG.info("{}", anchor.line());
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, anchor.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The log line stands; the operator sees why the file did not get it.
            LOG.error("Could not append the audit anchor to {}: {}", file, e.getClass().getSimpleName());
        }
    }

    /** What the file holds, line by line: an anchor, or empty for a line that is not a well-formed one. */
    List<Optional<AuditAnchor>> read() {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        try {
            List<Optional<AuditAnchor>> anchors = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    anchors.add(AuditAnchor.parse(line));
                }
            }
            return anchors;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + file, e);
        }
    }
}
