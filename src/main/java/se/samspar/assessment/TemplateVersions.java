package se.samspar.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Every version of some programmes' assessment templates with the day each came into force, for
 * reading assessments dated in the past (the import's Bedömningar sheet): an assessment made on a
 * day belongs to the version in force that day, the latest created on or before it; a day before
 * the first version (history older than the register) to the first. Reads the tables only; the
 * caller checks who may.
 */
public final class TemplateVersions {

    /** A version and the day (Swedish time) it was created, from when it is in force. */
    public record Dated(LocalDate from, boolean active, AssessmentTemplate template) {
    }

    private final Map<Long, List<Dated>> byProgramme;

    private TemplateVersions(Map<Long, List<Dated>> byProgramme) {
        this.byProgramme = byProgramme;
    }

    /** The versions of the programmes, in a fixed number of statements. */
    public static TemplateVersions load(JdbcTemplate jdbc, Collection<Long> programmeIds) {
        Map<Long, List<Dated>> result = new HashMap<>();
        if (!programmeIds.isEmpty()) {
            read(jdbc, "t.programme_id IN (:ids)", programmeIds).forEach(d ->
                    result.computeIfAbsent(d.template().programmeId(), k -> new ArrayList<>()).add(d));
        }
        return new TemplateVersions(result);
    }

    /** The programme's versions, oldest first. */
    public List<Dated> of(long programmeId) {
        return byProgramme.getOrDefault(programmeId, List.of());
    }

    /** The version in force on the day; empty for a programme without a template. */
    public Optional<AssessmentTemplate> inForce(long programmeId, LocalDate day) {
        return inForce(of(programmeId), day);
    }

    /** The version the day belongs to: the latest created on or before it, else the first. */
    static Optional<AssessmentTemplate> inForce(List<Dated> versions, LocalDate day) {
        List<Dated> sorted = versions.stream().sorted(Comparator.comparing(d -> d.template().versionNo())).toList();
        Dated found = null;
        for (Dated d : sorted) {
            if (found == null || !d.from().isAfter(day)) {
                found = d;
            }
        }
        return Optional.ofNullable(found).map(Dated::template);
    }

    /** The templates the condition on {@code assessment_template t} selects, ordered by programme and version. */
    static List<Dated> read(JdbcTemplate plain, String where, Collection<Long> ids) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(plain);
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
        String of = " FROM assessment_template t WHERE " + where;
        Map<Long, Map<Integer, List<AssessmentTemplate.ScaleStep>>> scales = new HashMap<>();
        jdbc.query("SELECT s.template_id, s.position, s.value, s.description FROM assessment_scale_step s WHERE "
                + "s.template_id IN (SELECT t.id" + of + ") ORDER BY s.template_id, s.position, s.value", p, rs -> {
                    scales.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                            .add(new AssessmentTemplate.ScaleStep(rs.getInt(3), rs.getString(4)));
                });
        Map<Long, List<AssessmentTemplate.TemplateDimension>> dimensions = new HashMap<>();
        jdbc.query("SELECT d.template_id, d.position, d.code, d.label FROM assessment_dimension d WHERE "
                + "d.template_id IN (SELECT t.id" + of + ") ORDER BY d.template_id, d.position", p, rs -> {
                    dimensions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new AssessmentTemplate.TemplateDimension(rs.getString(3), rs.getString(4), scales
                                    .getOrDefault(rs.getLong(1), Map.of()).getOrDefault(rs.getInt(2), List.of())));
                });
        Map<Long, List<String>> ladders = new HashMap<>();
        jdbc.query("SELECT l.template_id, l.label FROM assessment_ladder_step l WHERE "
                + "l.template_id IN (SELECT t.id" + of + ") ORDER BY l.template_id, l.step", p, rs -> {
                    ladders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Dated> result = new LinkedHashMap<>();
        jdbc.query("SELECT t.id, t.programme_id, t.version_no, t.version, t.created_at, t.active" + of
                + " ORDER BY t.programme_id, t.version_no", p, rs -> {
                    long id = rs.getLong(1);
                    result.put(id, new Dated(rs.getTimestamp(5).toLocalDateTime().toLocalDate(), rs.getBoolean(6),
                            new AssessmentTemplate(id, rs.getLong(2), rs.getInt(3),
                                    dimensions.getOrDefault(id, List.of()), ladders.getOrDefault(id, List.of()),
                                    rs.getLong(4))));
                });
        return List.copyOf(result.values());
    }
}
