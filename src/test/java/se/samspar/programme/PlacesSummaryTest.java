package se.samspar.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacesSummaryTest {

    private final Programme hikikomori = new Programme();

    private PlaceAllocation places(PlaceKind kind, String label, int n, String from, String to) {
        PlaceAllocation a = new PlaceAllocation(hikikomori);
        a.setKind(kind);
        a.setLabel(label);
        a.setPlaces(n);
        a.setValidFrom(LocalDate.parse(from));
        a.setValidTo(to == null ? null : LocalDate.parse(to));
        return a;
    }

    /** Hikikomori had 10 + 5 places until February 2017, and 15 + 5 from March 2017. */
    private List<PlaceAllocation> hikikomoriPlaces() {
        return List.of(
                places(PlaceKind.BUDGETED, "", 10, "2016-01-01", "2017-02-28"),
                places(PlaceKind.OTHER, "Utslussning", 5, "2016-01-01", "2017-02-28"),
                places(PlaceKind.BUDGETED, "", 15, "2017-03-01", null),
                places(PlaceKind.OTHER, "Utslussning", 5, "2017-03-01", null));
    }

    @Test
    void places_are_those_in_force_on_the_day() {
        PlacesSummary before = PlacesSummary.of(1, "Hikikomori", LocalDate.parse("2017-02-28"), hikikomoriPlaces());
        PlacesSummary after = PlacesSummary.of(1, "Hikikomori", LocalDate.parse("2017-03-01"), hikikomoriPlaces());

        assertThat(before.budgeted()).isEqualTo(10);
        assertThat(before.other()).isEqualTo(Map.of("Utslussning", 5));
        assertThat(after.budgeted()).isEqualTo(15);
        assertThat(after.other()).isEqualTo(Map.of("Utslussning", 5));
    }

    @Test
    void budgeted_and_follow_up_places_are_counted_apart() {
        PlacesSummary rehab = PlacesSummary.of(2, "Rehabilitering", LocalDate.parse("2018-06-01"), List.of(
                places(PlaceKind.BUDGETED, "", 50, "2018-01-01", null),
                places(PlaceKind.FOLLOW_UP, "", 20, "2018-01-01", null)));

        assertThat(rehab.budgeted()).isEqualTo(50);
        assertThat(rehab.followUp()).isEqualTo(20);
        assertThat(rehab.other()).isEmpty();
    }

    @Test
    void a_day_before_any_allocation_has_no_places() {
        PlacesSummary s = PlacesSummary.of(1, "Hikikomori", LocalDate.parse("2015-12-31"), hikikomoriPlaces());
        assertThat(s.hasAny()).isFalse();
    }
}
