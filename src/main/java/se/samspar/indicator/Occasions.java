package se.samspar.indicator;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;

/** The occasions' rows and their figures. Callers check access. */
@Component
class Occasions {

    private final JdbcTemplate jdbc;
    private final Instruments instruments;

    Occasions(JdbcTemplate jdbc, Instruments instruments) {
        this.jdbc = jdbc;
        this.instruments = instruments;
    }

    Occasion load(long id) {
        List<Occasion.Group> groups = jdbc.query("""
                SELECT g.respondent_group, g.instrument_id, g.base,
                  (SELECT count(*) FROM indicator_response r WHERE r.occasion_id = g.occasion_id
                     AND r.respondent_group = g.respondent_group),
                  (SELECT count(*) FROM indicator_code c WHERE c.occasion_id = g.occasion_id
                     AND c.respondent_group = g.respondent_group AND c.used = FALSE)
                FROM indicator_occasion_group g WHERE g.occasion_id = ?""",
                (rs, i) -> new Occasion.Group(RespondentGroup.valueOf(rs.getString(1)), rs.getLong(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)), id);
        List<Occasion> found = jdbc.query("SELECT name, period_from, period_to, closed, version FROM indicator_occasion "
                        + "WHERE id = ?",
                (rs, i) -> new Occasion(id, rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getLong(5),
                        groups.stream().sorted(java.util.Comparator.comparing(Occasion.Group::group)).toList()), id);
        if (found.isEmpty()) {
            throw new InvalidInputException("occasion", "indicator.error.occasion-not-found");
        }
        return found.getFirst();
    }

    List<Occasion> all() {
        return jdbc.queryForList("SELECT id FROM indicator_occasion ORDER BY period_from DESC, id DESC", Long.class)
                .stream().map(this::load).toList();
    }

    long create(OccasionDraft draft, String username, LocalDateTime now) {
        InputProblems problems = draft.problems();
        Map<RespondentGroup, Instrument> chosen = new java.util.EnumMap<>(RespondentGroup.class);
        for (RespondentGroup g : draft.bases().keySet()) {
            instruments.current(g).ifPresentOrElse(i -> chosen.put(g, i),
                    () -> problems.add("groups", "indicator.error.no-instrument", g.label()));
        }
        problems.throwIfAny();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO indicator_occasion (name, period_from, period_to, closed, created_at, "
                    + "created_by) VALUES (?, ?, ?, FALSE, ?, ?)", new String[] {"id"});
            ps.setString(1, se.samspar.base.TextInput.stripped(draft.name()));
            ps.setObject(2, draft.from());
            ps.setObject(3, draft.to());
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.setString(5, username);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        chosen.forEach((g, instrument) -> {
            jdbc.update("INSERT INTO indicator_occasion_group (occasion_id, respondent_group, instrument_id, base) "
                    + "VALUES (?, ?, ?, ?)", id, g.name(), instrument.id(), draft.bases().get(g));
            instruments.lock(instrument.id());
        });
        return id;
    }

    /**
     * Name, period and bases, against the version the user opened. The groups are those chosen at
     * the start; a base below the answers already received is refused on its field.
     */
    void update(long id, long version, OccasionDraft draft) {
        Occasion current = load(id);
        InputProblems problems = draft.problems();
        if (!draft.bases().keySet().equals(current.groups().stream().map(Occasion.Group::group)
                .collect(java.util.stream.Collectors.toSet()))) {
            problems.add("groups", "indicator.error.groups-fixed");
        }
        for (Occasion.Group g : current.groups()) {
            Integer base = draft.bases().get(g.group());
            if (base != null && base < g.answered()) {
                problems.add("base." + g.group().name(), "indicator.error.base-below-answers", g.answered());
            }
        }
        problems.throwIfAny();
        int changed = jdbc.update("UPDATE indicator_occasion SET name = ?, period_from = ?, period_to = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", se.samspar.base.TextInput.stripped(draft.name()),
                draft.from(), draft.to(), id, version);
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("indicator_occasion", id);
        }
        draft.bases().forEach((g, base) -> jdbc.update("UPDATE indicator_occasion_group SET base = ? "
                + "WHERE occasion_id = ? AND respondent_group = ?", base, id, g.name()));
    }

    void setClosed(long id, long version, boolean closed) {
        int changed = jdbc.update("UPDATE indicator_occasion SET closed = ?, version = version + 1 WHERE id = ? "
                + "AND version = ?", closed, id, version);
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("indicator_occasion", id);
        }
    }

    /** Every group's figures at the occasion. */
    List<IndicatorFigures.GroupResult> results(Occasion o) {
        List<IndicatorFigures.GroupResult> result = new ArrayList<>();
        for (Occasion.Group g : o.groups()) {
            Instrument instrument = instruments.load(g.instrumentId());
            Map<String, List<Integer>> byResponse = new java.util.LinkedHashMap<>();
            jdbc.query("SELECT r.id, a.position, a.value FROM indicator_response r JOIN indicator_answer a "
                    + "ON a.response_id = r.id WHERE r.occasion_id = ? AND r.respondent_group = ? ORDER BY r.id, a.position",
                    rs -> {
                        List<Integer> answers = byResponse.computeIfAbsent(rs.getString(1), k -> {
                            List<Integer> list = new ArrayList<>();
                            instrument.questions().forEach(q -> list.add(null));
                            return list;
                        });
                        int position = rs.getInt(2);
                        if (position < answers.size()) {
                            answers.set(position, rs.getInt(3));
                        }
                    }, o.id(), g.group().name());
            result.add(IndicatorFigures.of(g.group(), o.name(), instrument, g.base(), List.copyOf(byResponse.values())));
        }
        return result;
    }

    /** The occasions before this one (by period), oldest first, at most {@code max}. */
    List<Occasion> earlier(Occasion o, int max) {
        List<Occasion> found = new ArrayList<>(jdbc.queryForList("SELECT id FROM indicator_occasion WHERE id <> ? AND "
                + "(period_from < ? OR (period_from = ? AND id < ?)) ORDER BY period_from DESC, id DESC LIMIT ?",
                Long.class, o.id(), o.from(), o.from(), o.id(), max).stream().map(this::load).toList());
        java.util.Collections.reverse(found);
        return found;
    }
}
