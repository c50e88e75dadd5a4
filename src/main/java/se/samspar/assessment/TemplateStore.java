package se.samspar.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import se.samspar.base.CurrentUser;
import se.samspar.base.SwedishTime;

/** Reads and writes assessment templates; callers check who may. */
@Component
class TemplateStore {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplateStore(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Optional<AssessmentTemplate> current(long programmeId) {
        return jdbc.queryForList("SELECT id FROM assessment_template WHERE programme_id = ? AND active = TRUE",
                Long.class, programmeId).stream().findFirst().map(this::load);
    }

    /** The current version, or the defaults as version 1 for a programme that has none yet. */
    AssessmentTemplate currentOrDefault(long programmeId) {
        return current(programmeId).orElseGet(() -> load(insert(programmeId, 1,
                AssessmentTemplate.defaultDimensions(), AssessmentTemplate.defaultLadder())));
    }

    AssessmentTemplate load(long templateId) {
        return TemplateVersions.read(jdbc, "t.id IN (:ids)", List.of(templateId)).getFirst().template();
    }

    boolean assessed(long templateId) {
        return jdbc.queryForObject("SELECT count(*) FROM assessment WHERE template_id = ?", Integer.class,
                templateId) > 0;
    }

    long insert(long programmeId, int versionNo, List<AssessmentTemplate.TemplateDimension> dimensions,
                List<String> ladder) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO assessment_template (programme_id, version_no, active, created_at, "
                    + "created_by) VALUES (?, ?, TRUE, ?, ?)", new String[] {"id"});
            ps.setLong(1, programmeId);
            ps.setInt(2, versionNo);
            ps.setTimestamp(3, Timestamp.valueOf(SwedishTime.now(clock)));
            ps.setString(4, currentUser.username());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        insertContent(id, dimensions, ladder);
        return id;
    }

    /** The programme's versions, newest first, with how many assessments each has. */
    List<AssessmentService.TemplateVersion> versions(long programmeId) {
        return jdbc.query("""
                SELECT t.id, t.version_no, t.active, t.created_at, t.created_by, t.changed_at, t.changed_by,
                       (SELECT count(*) FROM assessment a WHERE a.template_id = t.id)
                FROM assessment_template t WHERE t.programme_id = ? ORDER BY t.version_no DESC""",
                (rs, i) -> new AssessmentService.TemplateVersion(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime(), rs.getString(7),
                        rs.getInt(8)), programmeId);
    }

    /**
     * Claims the version opened for a change: true when no one changed it since (its lock
     * version), and then it is marked as changed by the current user.
     */
    boolean claim(long templateId, long version) {
        return jdbc.update("UPDATE assessment_template SET version = version + 1, changed_at = ?, changed_by = ? "
                + "WHERE id = ? AND version = ? AND active = TRUE", Timestamp.valueOf(SwedishTime.now(clock)),
                currentUser.username(), templateId, version) == 1;
    }

    /** Replaces an unassessed version's dimensions and ladder. */
    void replace(long templateId, List<AssessmentTemplate.TemplateDimension> dimensions, List<String> ladder) {
        jdbc.update("DELETE FROM assessment_scale_step WHERE template_id = ?", templateId);
        jdbc.update("DELETE FROM assessment_dimension WHERE template_id = ?", templateId);
        jdbc.update("DELETE FROM assessment_ladder_step WHERE template_id = ?", templateId);
        insertContent(templateId, dimensions, ladder);
    }

    void deactivate(long templateId) {
        jdbc.update("UPDATE assessment_template SET active = FALSE WHERE id = ?", templateId);
    }

    private void insertContent(long templateId, List<AssessmentTemplate.TemplateDimension> dimensions,
                               List<String> ladder) {
        for (int i = 0; i < dimensions.size(); i++) {
            AssessmentTemplate.TemplateDimension d = dimensions.get(i);
            jdbc.update("INSERT INTO assessment_dimension (template_id, position, code, label) VALUES (?, ?, ?, ?)",
                    templateId, i, d.code(), d.label());
            for (AssessmentTemplate.ScaleStep s : d.scale()) {
                jdbc.update("INSERT INTO assessment_scale_step (template_id, position, value, description) "
                        + "VALUES (?, ?, ?, ?)", templateId, i, s.value(), s.description());
            }
        }
        for (int i = 0; i < ladder.size(); i++) {
            jdbc.update("INSERT INTO assessment_ladder_step (template_id, step, label) VALUES (?, ?, ?)",
                    templateId, i + 1, ladder.get(i));
        }
    }
}
