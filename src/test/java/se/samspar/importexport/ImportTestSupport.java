package se.samspar.importexport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.programme.ProgrammeService;

/** What the import tests share: the service, the database, and a programme to import into. */
abstract class ImportTestSupport extends IntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcTemplate jdbc;

    /** The name of a programme that {@code newProgramme} made unique. */
    String name(long programmeId) {
        return programmes.get(programmeId).getName();
    }
}
