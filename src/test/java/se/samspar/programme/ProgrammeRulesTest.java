package se.samspar.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {

    private static Programme valid() {
        Programme p = new Programme();
        p.setName("Hikikomori");
        p.setActiveFrom(LocalDate.of(2016, 1, 1));
        return p;
    }

    @Test
    void a_programme_with_a_name_and_a_start_is_valid() {
        assertThat(ProgrammeRules.validate(valid())).isEmpty();
    }

    @Test
    void a_programme_without_name_is_refused_at_the_name() {
        Programme p = valid();
        p.setName("   ");
        assertThat(ProgrammeRules.validate(p))
                .containsExactly(new ProgrammeRules.Violation("name", "programme.error.name-required"));
    }

    @Test
    void reversed_age_limits_are_refused_at_the_upper_limit() {
        Programme p = valid();
        p.setMinAge(30);
        p.setMaxAge(18);
        assertThat(ProgrammeRules.validate(p))
                .containsExactly(new ProgrammeRules.Violation("maxAge", "programme.error.age-reversed"));
    }

    @Test
    void equal_age_limits_are_allowed() {
        Programme p = valid();
        p.setMinAge(29);
        p.setMaxAge(29);
        assertThat(ProgrammeRules.validate(p)).isEmpty();
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end() {
        Programme p = valid();
        p.setActiveTo(LocalDate.of(2015, 12, 31));
        assertThat(ProgrammeRules.validate(p))
                .containsExactly(new ProgrammeRules.Violation("activeTo", "error.to-before-from"));
    }

    @Test
    void a_target_share_must_be_a_percentage() {
        assertThat(ProgrammeRules.checkTargetShare(40)).isEmpty();
        assertThat(ProgrammeRules.checkTargetShare(101)).contains("programme.error.target-share-range");
        assertThat(ProgrammeRules.checkTargetShare(-1)).contains("programme.error.target-share-range");
    }

    @Test
    void negative_places_are_refused() {
        PlaceAllocation a = new PlaceAllocation(valid());
        a.setPlaces(-1);
        assertThat(ProgrammeRules.validate(a))
                .containsExactly(new ProgrammeRules.Violation("places", "places.error.places-negative"));
    }

    @Test
    void zero_places_are_allowed_for_a_programme_on_pause() {
        PlaceAllocation a = new PlaceAllocation(valid());
        a.setPlaces(0);
        assertThat(ProgrammeRules.validate(a)).isEmpty();
    }

    @Test
    void another_kind_of_place_needs_a_name() {
        PlaceAllocation a = new PlaceAllocation(valid());
        a.setKind(PlaceKind.OTHER);
        a.setPlaces(5);
        assertThat(ProgrammeRules.validate(a))
                .containsExactly(new ProgrammeRules.Violation("label", "places.error.label-required"));
        a.setLabel("Utslussning");
        assertThat(ProgrammeRules.validate(a)).isEmpty();
    }
}
