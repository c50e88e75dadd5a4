package se.samspar.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;

/** The generator gives the same population for the same seed, whatever the database held before. */
class DataGeneratorTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void the_same_seed_gives_the_same_population_and_another_seed_another() {
        DataGenerator generator = new DataGenerator(jdbc, TODAY);
        DataGenerator.Result first = generator.generate(new DataGenerator.Size("sammaA", 2, 2, 3, 4, 5), 7);
        // Rows of other kinds in between move every id on: the population must not move with them.
        jdbc.update("INSERT INTO person (first_name, last_name, kon, birth_year) VALUES ('Mellan', 'Rad', 'MAN', 1980)");
        DataGenerator.Result again = generator.generate(new DataGenerator.Size("sammaB", 2, 2, 3, 4, 5), 7);
        DataGenerator.Result other = generator.generate(new DataGenerator.Size("sammaC", 2, 2, 3, 4, 5), 8);

        assertThat(first.enrolments()).isEqualTo(2 * 2 * 3 * 4);
        assertThat(first.attendance()).isPositive();
        assertThat(first.responses()).isPositive();
        List<String> population = population("S7-sammaA");
        assertThat(population).hasSize(48);
        assertThat(population("S7-sammaB")).isEqualTo(population);
        assertThat(population("S8-sammaC")).hasSize(48).isNotEqualTo(population);
        assertThat(List.of(again.attendance(), again.responses())).isEqualTo(List.of(first.attendance(), first.responses()));
        assertThat(other.enrolments()).isEqualTo(first.enrolments());
    }

    /** Every enrolment of the generated programmes as text, without ids: who, when, what, how it went. */
    private List<String> population(String tag) {
        return jdbc.queryForList("""
                SELECT CONCAT_WS('|', SUBSTRING_INDEX(g.name, ' ', -1), p.first_name, p.last_name, p.kon, p.birth_year,
                       e.referring_partner, e.start_date, COALESCE(e.end_date, '-'), e.education, e.years_in_support,
                       COALESCE(e.occupation_at_exit, '-'),
                       (SELECT GROUP_CONCAT(code ORDER BY code) FROM enrolment_support_start c WHERE c.enrolment_id = e.id),
                       (SELECT GROUP_CONCAT(code ORDER BY code) FROM enrolment_exit_reason c WHERE c.enrolment_id = e.id),
                       (SELECT GROUP_CONCAT(CONCAT(s.number, a.status) ORDER BY s.number) FROM attendance a
                          JOIN group_session s ON s.id = a.session_id WHERE a.enrolment_id = e.id),
                       (SELECT GROUP_CONCAT(CONCAT(r.counts_on, ':', q.position, '=', q.scale_value) ORDER BY r.id, q.position)
                          FROM questionnaire_response r JOIN questionnaire_answer q ON q.response_id = r.id
                          WHERE r.programme_id = e.programme_id AND r.counts_on = e.end_date))
                FROM enrolment e JOIN programme g ON g.id = e.programme_id JOIN person p ON p.id = e.person_id
                WHERE g.name LIKE ? ORDER BY e.id""", String.class, "Skala " + tag + " %");
    }
}
