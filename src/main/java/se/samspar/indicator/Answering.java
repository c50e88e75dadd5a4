package se.samspar.indicator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;
import se.samspar.base.KioskCode;
import se.samspar.security.LoginThrottle;

/**
 * One-time codes and answers. A code is kept as its SHA-256 and a used flag; an answer is stored
 * in rows of its own under a random key, with neither the code nor a time, so once it is in
 * nothing ties it to the code, the person or the moment (DD009).
 */
@Component
class Answering {

    /** At most this many codes at a time. */
    static final int CODES_MAX = 500;

    private final JdbcTemplate jdbc;
    private final Instruments instruments;
    private final Occasions occasions;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration validity;

    Answering(JdbcTemplate jdbc, Instruments instruments, Occasions occasions, LoginThrottle throttle, Clock clock,
              @Value("${samspar.indicator.code-days:30}") int codeDays) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.occasions = occasions;
        this.throttle = throttle;
        this.clock = clock;
        this.validity = Duration.ofDays(codeDays);
    }

    /** New codes for the group, shown once: only their hashes are kept. */
    IndicatorService.IssuedCodes issue(long occasionId, RespondentGroup group, int count) {
        Occasion o = occasions.load(occasionId);
        if (o.closed()) {
            throw new InvalidInputException("count", "indicator.error.closed");
        }
        if (o.group(group).isEmpty()) {
            throw new InvalidInputException("group", "indicator.error.group-not-in-occasion");
        }
        if (count < 1 || count > CODES_MAX) {
            throw new InvalidInputException("count", "indicator.error.code-count", CODES_MAX);
        }
        LocalDateTime expires = now().plus(validity);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = KioskCode.generate();
            jdbc.update("INSERT INTO indicator_code (code_hash, occasion_id, respondent_group, expires_at, used) "
                    + "VALUES (?, ?, ?, ?, FALSE)", KioskCode.hash(KioskCode.normalise(code)), occasionId, group.name(),
                    Timestamp.valueOf(expires));
            codes.add(code);
        }
        return new IndicatorService.IssuedCodes(o.name(), group, codes, expires);
    }

    record CodeRow(String hash, long occasionId, RespondentGroup group) {
    }

    /** The code's occasion and group; refuses unknown, used and expired codes and closed occasions. */
    CodeRow code(String typed, @Nullable String address) {
        Duration wait = throttle.codeWaitFor(address);
        if (!wait.isZero()) {
            throw new InvalidInputException("code", "indicator.error.code-wait", Math.max(1, wait.toMinutes()));
        }
        String normalised = KioskCode.normalise(typed);
        List<Object[]> rows = normalised.isEmpty() ? List.of() : jdbc.query("SELECT c.occasion_id, c.respondent_group, "
                        + "c.expires_at, c.used, o.closed FROM indicator_code c JOIN indicator_occasion o "
                        + "ON o.id = c.occasion_id WHERE c.code_hash = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                    rs.getBoolean(4), rs.getBoolean(5)}, KioskCode.hash(normalised));
        if (rows.isEmpty()) {
            throttle.codeFailed(address);
            throw new InvalidInputException("code", "indicator.error.code-unknown");
        }
        Object[] r = rows.getFirst();
        if ((Boolean) r[3]) {
            throw new InvalidInputException("code", "indicator.error.code-used");
        }
        if (!((LocalDateTime) r[2]).isAfter(now())) {
            throw new InvalidInputException("code", "indicator.error.code-expired");
        }
        if ((Boolean) r[4]) {
            throw new InvalidInputException("code", "indicator.error.closed");
        }
        return new CodeRow(KioskCode.hash(normalised), (Long) r[0], RespondentGroup.valueOf((String) r[1]));
    }

    IndicatorService.AnswerForm open(String typed, @Nullable String address) {
        CodeRow c = code(typed, address);
        Occasion o = occasions.load(c.occasionId());
        Instrument instrument = instruments.load(o.group(c.group()).orElseThrow().instrumentId());
        return new IndicatorService.AnswerForm(o.id(), o.name(), c.group(), instrument.scale(), instrument.questions());
    }

    /**
     * Stores the answers and uses up the code in one transaction: of two submissions with the same
     * code one wins, the other is told the code is used and stores nothing.
     */
    void submit(String typed, long occasionId, RespondentGroup group, List<Integer> answers, @Nullable String address) {
        CodeRow c = code(typed, address);
        if (c.occasionId() != occasionId || c.group() != group) {
            throw new InvalidInputException("code", "indicator.error.code-other");
        }
        // The group's row is locked until commit: the base check and the code's use happen one submission at a time.
        Integer base = jdbc.queryForObject("SELECT base FROM indicator_occasion_group WHERE occasion_id = ? AND "
                + "respondent_group = ? FOR UPDATE", Integer.class, occasionId, group.name());
        Occasion o = occasions.load(occasionId);
        if (o.closed()) {
            throw new InvalidInputException("code", "indicator.error.closed");
        }
        Instrument instrument = instruments.load(o.group(group).orElseThrow().instrumentId());
        refuseUnlessValid(instrument, answers);
        // A locking read sees the answers committed meanwhile, which the transaction's snapshot would not.
        Integer answered = jdbc.queryForObject("SELECT count(*) FROM indicator_response WHERE occasion_id = ? AND "
                + "respondent_group = ? LOCK IN SHARE MODE", Integer.class, occasionId, group.name());
        if (answered >= base) {
            throw new InvalidInputException("code", "indicator.error.base-full", base);
        }
        int used = jdbc.update("UPDATE indicator_code SET used = TRUE WHERE code_hash = ? AND used = FALSE "
                + "AND expires_at > ?", c.hash(), Timestamp.valueOf(now()));
        if (used != 1) {
            throw new InvalidInputException("code", "indicator.error.code-used");
        }
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO indicator_response (id, occasion_id, respondent_group) VALUES (?, ?, ?)", id,
                occasionId, group.name());
        for (int i = 0; i < answers.size(); i++) {
            jdbc.update("INSERT INTO indicator_answer (response_id, position, value) VALUES (?, ?, ?)", id, i,
                    answers.get(i));
        }
    }

    /** Every question answered, on the scale: otherwise refused with a problem per question ("q0", "q1", …). */
    static void refuseUnlessValid(Instrument instrument, List<Integer> answers) {
        InputProblems problems = new InputProblems();
        for (int i = 0; i < instrument.questions().size(); i++) {
            Integer v = answers == null || i >= answers.size() ? null : answers.get(i);
            if (v == null) {
                problems.add("q" + i, "indicator.error.answer-required");
            } else if (!instrument.scale().contains(v)) {
                problems.add("q" + i, "indicator.error.out-of-scale", instrument.scale().steps());
            }
        }
        if (answers != null && answers.size() > instrument.questions().size()) {
            problems.add("code", "indicator.error.too-many-answers");
        }
        problems.throwIfAny();
    }

    private LocalDateTime now() {
        return se.samspar.base.SwedishTime.now(clock);
    }
}
