package se.samspar.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.participant.TestPersonnummer;

/** One press of Spara marks every field of the participant forms that is wrong, not one a press. */
class EveryErrorAtOnceTest extends IntegrationTest {

    private static int serial = 980;
    private long rehab;

    @BeforeEach
    void staffOfTwoProgrammes() {
        rehab = newProgramme("Arbetsrehab", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 50);
        long forrehab = newProgramme("Förrehab", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 12);
        String staff = newStaff("Petra Personal", rehab, forrehab)[0];
        newStaff("Kalle Kollega", rehab);
        loginAs(staff, Role.PERSONAL);
    }

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    private NewParticipantDialog newParticipant() {
        ParticipantListView list = navigate(ParticipantListView.class);
        test(list.create).click();
        return $(NewParticipantDialog.class).single();
    }

    @Test
    void an_empty_new_participant_marks_number_names_and_programme_at_once_and_registers_nobody() {
        NewParticipantDialog dialog = newParticipant();
        dialog.referralDate.clear();
        test(dialog.save).click();

        assertThat(List.of(error(dialog.personnummer), error(dialog.firstName), error(dialog.lastName),
                error(dialog.programme), error(dialog.referralDate))).containsOnly("Fyll i fältet");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(ParticipantViews.visibleNames(this)).isEmpty();
    }

    @Test
    void a_wrong_number_a_missing_name_and_a_future_referral_are_marked_together() {
        NewParticipantDialog dialog = newParticipant();
        test(dialog.personnummer).setValue("880314-12");
        test(dialog.firstName).setValue("Eva");
        selectRehab(dialog);
        test(dialog.referralDate).setValue(LocalDate.now().plusDays(3));
        test(dialog.save).click();

        assertThat(error(dialog.personnummer)).isNotEmpty();
        assertThat(error(dialog.firstName)).isEmpty();
        assertThat(error(dialog.lastName)).isEqualTo("Fyll i fältet");
        assertThat(error(dialog.referralDate)).isEqualTo("Aktualiseringsdatumet kan inte vara i framtiden");
        assertThat(error(dialog.programme)).isEmpty();
    }

    @Test
    void an_anonymous_participant_without_kon_and_birth_year_marks_both() {
        NewParticipantDialog dialog = newParticipant();
        test(dialog.anonymous).click();
        test(dialog.save).click();

        assertThat(error(dialog.kon)).isEqualTo("Fyll i fältet");
        assertThat(error(dialog.birthYear)).isEqualTo("Fyll i fältet");
        assertThat(error(dialog.programme)).isEqualTo("Fyll i fältet");
        assertThat(error(dialog.personnummer)).as("hidden, so not asked for").isEmpty();
    }

    private void selectRehab(NewParticipantDialog dialog) {
        dialog.programme.setValue(dialog.programme.getListDataView().getItems().filter(p -> p.getId() == rehab)
                .findFirst().orElseThrow());
    }

    private ParticipantView registered() {
        serial = serial >= 998 ? 980 : serial + 2;
        String pnr = TestPersonnummer.of(LocalDate.of(1990, 6, 2), Kon.KVINNA, serial);
        NewParticipantDialog dialog = newParticipant();
        test(dialog.personnummer).setValue(pnr);
        test(dialog.firstName).setValue("Eva");
        test(dialog.lastName).setValue("Ek");
        selectRehab(dialog);
        test(dialog.save).click();
        return (ParticipantView) getCurrentView();
    }

    private Button action(ParticipantView view, String text) {
        return view.actions.stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void an_empty_admission_is_refused_with_start_and_consent_marked_and_the_status_stays_ansokt() {
        ParticipantView view = registered();
        test(action(view, "Beslut och start")).click();
        StartDialog start = $(StartDialog.class).single();
        assertThat(start.decision.getValue()).isEqualTo(se.samspar.enrolment.Decision.ANTAGEN);
        test(start.save).click();

        assertThat(error(start.startDate)).isEqualTo("Ange startdatum för en antagen deltagare");
        assertThat(error(start.consentDate))
                .isEqualTo("Ange när samtycket gavs: utan samtycke registreras deltagaren anonymt");
        assertThat(start.isOpened()).isTrue();
        assertThat(view.timelineTexts()).singleElement().asString().contains("Aktualiserad");
        assertThat(view.getElement().getTextRecursively()).contains("Ansökt");
    }

    @Test
    void an_admission_with_start_and_consent_makes_the_participant_active_and_the_timeline_tells_all() {
        ParticipantView view = registered();
        test(action(view, "Beslut och start")).click();
        StartDialog start = $(StartDialog.class).single();
        test(start.startDate).setValue(LocalDate.now());
        test(start.consentDate).setValue(LocalDate.now().minusDays(2));
        test(start.consentWritten).click();
        test(start.contact1).selectItem("Petra Personal");
        test(start.contact2).selectItem("Kalle Kollega");
        test(start.years).setValue(4);
        test(start.save).click();

        assertThat(start.isOpened()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Aktiv");
        assertThat(view.timelineTexts()).containsSubsequence(
                "Beslut: Antagen",
                LocalDate.now().minusDays(2) + "Samtycke givet, skriftligt",
                LocalDate.now() + "Start",
                "Kontaktpersoner: Petra Personal, Kalle Kollega",
                "4 år i offentlig försörjning före start");
    }

    @Test
    void an_exit_without_date_and_reasons_marks_both() {
        ParticipantView view = registered();
        test(action(view, "Beslut och start")).click();
        StartDialog start = $(StartDialog.class).single();
        test(start.startDate).setValue(LocalDate.now());
        test(start.save).click();
        test(action(view, "Avsluta")).click();
        ExitDialog exit = $(ExitDialog.class).single();
        test(exit.save).click();

        assertThat(error(exit.endDate)).isEqualTo("Fyll i fältet");
        assertThat(error(exit.reasons)).isEqualTo("Välj minst en avslutsorsak");
        assertThat(exit.isOpened()).isTrue();
    }

    @Test
    void changed_details_without_names_and_with_a_bad_email_mark_all_three() {
        ParticipantView view = registered();
        test(action(view, "Ändra uppgifter")).click();
        PersonDetailsDialog dialog = $(PersonDetailsDialog.class).single();
        test(dialog.firstName).setValue("");
        test(dialog.lastName).setValue("");
        test(dialog.email).setValue("inte-en-adress");
        test(dialog.save).click();

        assertThat(error(dialog.firstName)).isEqualTo("Fyll i fältet");
        assertThat(error(dialog.lastName)).isEqualTo("Fyll i fältet");
        assertThat(error(dialog.email)).isEqualTo("Skriv en e-postadress som namn@exempel.se");
    }
}
