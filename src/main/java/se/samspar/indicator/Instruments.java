package se.samspar.indicator;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import se.samspar.base.InvalidInputException;

/** The instruments' rows: read, add a version, reword one not yet locked. Callers check access. */
@Component
class Instruments {

    private final JdbcTemplate jdbc;

    Instruments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Instrument load(long id) {
        List<String> questions = jdbc.queryForList("SELECT text FROM indicator_question WHERE instrument_id = ? "
                + "ORDER BY position", String.class, id);
        List<Instrument> found = jdbc.query("SELECT respondent_group, version_no, name, scale_steps, low_label, "
                        + "high_label, locked, active FROM indicator_instrument WHERE id = ?",
                (rs, i) -> new Instrument(id, RespondentGroup.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        new Scale(rs.getInt(4), rs.getString(5), rs.getString(6)), rs.getBoolean(7), rs.getBoolean(8),
                        questions), id);
        if (found.isEmpty()) {
            throw new InvalidInputException("instrument", "indicator.error.instrument-not-found");
        }
        return found.getFirst();
    }

    Optional<Instrument> current(RespondentGroup group) {
        return jdbc.queryForList("SELECT id FROM indicator_instrument WHERE respondent_group = ? AND active = TRUE",
                Long.class, group.name()).stream().findFirst().map(this::load);
    }

    List<Instrument> currentAll() {
        return jdbc.queryForList("SELECT id FROM indicator_instrument WHERE active = TRUE ORDER BY id", Long.class)
                .stream().map(this::load).sorted(java.util.Comparator.comparing(Instrument::group)).toList();
    }

    List<Instrument> versions(RespondentGroup group) {
        return jdbc.queryForList("SELECT id FROM indicator_instrument WHERE respondent_group = ? "
                + "ORDER BY version_no DESC", Long.class, group.name()).stream().map(this::load).toList();
    }

    /** The draft as the group's next version, active from now; the earlier versions stay for their occasions. */
    long add(InstrumentDraft draft, String username, java.time.LocalDateTime now) {
        draft.validate();
        RespondentGroup group = draft.group();
        Integer last = jdbc.queryForObject("SELECT max(version_no) FROM indicator_instrument WHERE respondent_group = ?",
                Integer.class, group.name());
        jdbc.update("UPDATE indicator_instrument SET active = FALSE WHERE respondent_group = ?", group.name());
        Scale scale = new Scale(draft.steps(), draft.lowLabel(), draft.highLabel());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO indicator_instrument (respondent_group, version_no, name, "
                    + "scale_steps, low_label, high_label, locked, active, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, ?, ?)", new String[] {"id"});
            ps.setString(1, group.name());
            ps.setInt(2, last == null ? 1 : last + 1);
            ps.setString(3, se.samspar.base.TextInput.stripped(draft.name()));
            ps.setInt(4, scale.steps());
            ps.setString(5, scale.lowLabel());
            ps.setString(6, scale.highLabel());
            ps.setTimestamp(7, Timestamp.valueOf(now));
            ps.setString(8, username);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        insertQuestions(id, draft.cleanQuestions());
        return id;
    }

    /**
     * Rewords an instrument in place, only while it is not locked (no occasion has used it and it
     * is not NNS's wording); a locked one is refused on "questions" with nothing changed.
     */
    void reword(long id, InstrumentDraft draft) {
        Instrument current = load(id);
        if (current.locked()) {
            throw new InvalidInputException("questions", "indicator.error.locked");
        }
        if (draft.group() != current.group()) {
            throw new InvalidInputException("group", "indicator.error.group-fixed");
        }
        draft.validate();
        Scale scale = new Scale(draft.steps(), draft.lowLabel(), draft.highLabel());
        int changed = jdbc.update("UPDATE indicator_instrument SET name = ?, scale_steps = ?, low_label = ?, "
                + "high_label = ? WHERE id = ? AND locked = FALSE", se.samspar.base.TextInput.stripped(draft.name()),
                scale.steps(), scale.lowLabel(), scale.highLabel(), id);
        if (changed != 1) {
            throw new InvalidInputException("questions", "indicator.error.locked");
        }
        jdbc.update("DELETE FROM indicator_question WHERE instrument_id = ?", id);
        insertQuestions(id, draft.cleanQuestions());
    }

    /** From the first occasion that uses it, an instrument's wording is fixed. */
    void lock(long id) {
        jdbc.update("UPDATE indicator_instrument SET locked = TRUE WHERE id = ?", id);
    }

    private void insertQuestions(long id, List<String> questions) {
        for (int i = 0; i < questions.size(); i++) {
            jdbc.update("INSERT INTO indicator_question (instrument_id, position, text) VALUES (?, ?, ?)", id, i,
                    questions.get(i));
        }
    }
}
