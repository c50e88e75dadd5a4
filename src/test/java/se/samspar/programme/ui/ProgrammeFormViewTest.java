package se.samspar.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samspar.IntegrationTest;
import se.samspar.programme.PlaceAllocation;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;

/** The administrator's programme forms: each bad input gets a Swedish message at its field. */
@WithMockUser(username = "admin-test", roles = "ADMIN")
class ProgrammeFormViewTest extends IntegrationTest {

    @Autowired
    ProgrammeService service;

    private NewProgrammeDialog openNewProgrammeDialog() {
        ProgrammeListView list = navigate(ProgrammeListView.class);
        test(list.create).click();
        return $(NewProgrammeDialog.class).single();
    }

    @Test
    void a_programme_opened_from_the_list_has_its_own_address_that_opens_it_again() {
        long id = newProgramme("Adressprogram", ProgrammeKind.INDIVIDUAL, 5);
        String name = service.get(id).getName();
        ProgrammeListView list = navigate(ProgrammeListView.class);
        test(list.filter).setValue(name);
        test(list.grid).clickRow(0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("program/" + id);

        navigate(ProgrammeListView.class);
        UI.getCurrent().navigate("program/" + id);
        assertThat(((ProgrammeView) getCurrentView()).getPageTitle()).isEqualTo(name);
    }

    @Test
    void a_new_programme_is_created_and_opened() {
        NewProgrammeDialog dialog = openNewProgrammeDialog();
        String name = unique("Hälsoskolan");
        test(dialog.form.name).setValue(name);
        test(dialog.form.kind).selectItem("Endast antal (pinnstatistik)");
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(ProgrammeView.class);
        assertThat(service.all()).filteredOn(p -> p.getName().equals(name)).singleElement()
                .extracting(Programme::getKind).isEqualTo(ProgrammeKind.HEADCOUNT);
    }

    @Test
    void a_programme_without_name_is_not_saved_and_the_name_field_says_why() {
        int before = service.all().size();
        NewProgrammeDialog dialog = openNewProgrammeDialog();
        test(dialog.save).click();

        assertThat(dialog.form.name.isInvalid()).isTrue();
        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("Programmet måste ha ett namn");
        assertThat(service.all()).hasSize(before);
    }

    @Test
    void a_programme_without_name_and_with_a_bad_band_marks_both_at_once() {
        int before = service.all().size();
        NewProgrammeDialog dialog = openNewProgrammeDialog();
        test(dialog.form.reportAgeBands).setValue("30, 20");
        test(dialog.save).click();

        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("Programmet måste ha ett namn");
        assertThat(dialog.form.reportAgeBands.isInvalid()).isTrue();
        assertThat(dialog.form.name.isInvalid()).isTrue();
        assertThat(service.all()).hasSize(before);
    }

    @Test
    void a_duplicate_name_is_refused_at_the_name_field() {
        Programme existing = new Programme();
        existing.setName(unique("ASF"));
        existing.setActiveFrom(LocalDate.of(2018, 1, 1));
        service.save(existing);
        int before = service.all().size();

        NewProgrammeDialog dialog = openNewProgrammeDialog();
        test(dialog.form.name).setValue(existing.getName().toLowerCase());
        test(dialog.save).click();

        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("Det finns redan ett program med det namnet");
        assertThat(service.all()).hasSize(before);
    }

    @Test
    void the_reports_bands_are_set_on_the_programme_and_a_bad_one_is_refused_at_its_field() {
        NewProgrammeDialog dialog = openNewProgrammeDialog();
        String name = unique("Utredning");
        test(dialog.form.name).setValue(name);
        test(dialog.form.reportAgeBands).setValue("30, 20");
        test(dialog.form.reportTimeBands).setValue("3, 6, 9, 12, 15");
        test(dialog.save).click();
        assertThat(dialog.form.reportAgeBands.getErrorMessage())
                .isEqualTo("Skriv stigande heltal åtskilda med kommatecken, t.ex. 30, 45, 60");
        assertThat(service.all()).noneMatch(p -> p.getName().equals(name));

        test(dialog.form.reportAgeBands).setValue("20,30,40,50,60");
        test(dialog.save).click();
        Programme saved = service.all().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getReportAgeBands()).isEqualTo("20, 30, 40, 50, 60");
        assertThat(saved.getReportTimeBands()).isEqualTo("3, 6, 9, 12, 15");
        assertThat(saved.getReportYearBands()).isNull();
    }

    @Test
    void reversed_age_limits_and_dates_are_refused_at_their_fields() {
        int before = service.all().size();
        NewProgrammeDialog dialog = openNewProgrammeDialog();
        test(dialog.form.name).setValue(unique("Unga vuxna"));
        test(dialog.form.minAge).setValue(30);
        test(dialog.form.maxAge).setValue(18);
        test(dialog.form.activeFrom).setValue(LocalDate.of(2019, 1, 1));
        test(dialog.form.activeTo).setValue(LocalDate.of(2018, 12, 31));
        test(dialog.save).click();

        assertThat(dialog.form.maxAge.getErrorMessage()).isEqualTo("Högsta ålder kan inte vara lägre än lägsta ålder");
        assertThat(dialog.form.activeTo.getErrorMessage()).isEqualTo("Slutdatum kan inte vara före startdatum");
        assertThat(service.all()).hasSize(before);
    }

    @Test
    void negative_places_are_refused_in_the_places_dialog() {
        Programme p = new Programme();
        p.setName(unique("Förrehab"));
        p.setActiveFrom(LocalDate.of(2018, 9, 1));
        Programme saved = service.save(p);

        UI.getCurrent().navigate("program/" + saved.getId());
        ProgrammeView view = (ProgrammeView) getCurrentView();
        test(view.addPlaces).click();
        PlacesDialog dialog = $(PlacesDialog.class).single();
        test(dialog.places).setValue(-3);
        test(dialog.save).click();

        assertThat(dialog.places.getErrorMessage()).isEqualTo("Antalet platser kan inte vara negativt");
        assertThat(service.places(saved.getId())).isEmpty();

        test(dialog.places).setValue(12);
        test(dialog.save).click();
        assertThat(service.places(saved.getId())).extracting(PlaceAllocation::getPlaces).containsExactly(12);
        assertThat(test(view.places).size()).isEqualTo(1);
        assertThat(view.usage.valueOf("usage.budgeted")).as("today's budgeted places on the page").isEqualTo("12");
        assertThat(view.usage.valueOf("usage.active")).isEqualTo("0");
    }
}
