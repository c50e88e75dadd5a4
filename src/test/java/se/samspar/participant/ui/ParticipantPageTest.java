package se.samspar.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.enrolment.Decision;
import se.samspar.participant.Kon;
import se.samspar.participant.TestPersonnummer;

/** A staff member follows one participant from referral to exit on the participant page. */
class ParticipantPageTest extends IntegrationTest {


    private static int serial = 980;

    @BeforeEach
    void staffOfOneProgramme() {
        long id = newProgramme("Arbetsrehab", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 50);
        String staff = newStaff("Petra Personal", id)[0];
        newStaff("Kalle Kollega", id);
        loginAs(staff, Role.PERSONAL);
    }

    private ParticipantView registerWoman() {
        serial = serial >= 998 ? 980 : serial + 2;
        String pnr = TestPersonnummer.of(LocalDate.of(1988, 3, 14), Kon.KVINNA, serial);
        assertThat(ParticipantViews.registerInDialog(this, pnr, "Eva", "Ek")).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(ParticipantView.class);
        return (ParticipantView) getCurrentView();
    }

    /** Accepts and starts the participant today through the start dialog. */
    private void startToday(ParticipantView view) {
        test(action(view, "Beslut och start")).click();
        StartDialog start = $(StartDialog.class).single();
        test(start.startDate).setValue(LocalDate.now());
        test(start.save).click();
    }

    private Button action(ParticipantView view, String text) {
        return view.actions.stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void a_participant_is_started_and_exited_with_two_reasons_and_the_timeline_tells_it() {
        ParticipantView view = registerWoman();
        assertThat(view.timelineTexts()).singleElement().asString().startsWith(LocalDate.now().toString()).contains("Aktualiserad");

        test(action(view, "Beslut och start")).click();
        StartDialog start = $(StartDialog.class).single();
        test(start.decision).selectItem("Antagen");
        test(start.startDate).setValue(LocalDate.now());
        test(start.contact1).selectItem("Petra Personal");
        test(start.contact2).selectItem("Kalle Kollega");
        test(start.education).selectItem("Gymnasium");
        test(start.support).selectItem("Aktivitetsersättning");
        test(start.save).click();

        test(action(view, "Avsluta")).click();
        ExitDialog exit = $(ExitDialog.class).single();
        test(exit.endDate).setValue(LocalDate.now());
        test(exit.reasons).selectItem("Studier");
        test(exit.reasons).selectItem("Fortsatt rehabilitering");
        test(exit.save).click();

        assertThat(view.timelineTexts()).hasSize(6);
        assertThat(view.timelineTexts().get(1)).isEqualTo("Beslut: Antagen");
        assertThat(view.timelineTexts().get(2)).isEqualTo(LocalDate.now() + "Samtycke givet");
        assertThat(view.timelineTexts().get(3)).contains("Start").contains("Gymnasium").contains("Aktivitetsersättning");
        assertThat(view.timelineTexts().get(4)).isEqualTo("Kontaktpersoner: Petra Personal, Kalle Kollega");
        assertThat(view.timelineTexts().get(5)).contains("Avslutad: Fortsatt rehabilitering, Studier");
    }

    @Test
    void a_follow_up_contact_before_the_exit_is_refused_and_a_valid_one_joins_the_timeline() {
        ParticipantView view = registerWoman();
        startToday(view);
        test(action(view, "Avsluta")).click();
        ExitDialog exit = $(ExitDialog.class).single();
        test(exit.endDate).setValue(LocalDate.now());
        test(exit.reasons).selectItem("Arbete");
        test(exit.followUp).click();
        test(exit.save).click();

        test(action(view, "Uppföljningskontakt")).click();
        FollowUpDialog followUp = $(FollowUpDialog.class).single();
        test(followUp.date).setValue(LocalDate.now().minusDays(1));
        test(followUp.save).click();
        assertThat(followUp.date.getErrorMessage()).isEqualTo("Uppföljningen kan inte vara före avslutet");

        test(followUp.date).setValue(LocalDate.now());
        test(followUp.note).setValue("Trivs på nya jobbet");
        test(followUp.save).click();
        assertThat(view.timelineTexts()).last().asString().contains("Uppföljning (Telefon): Trivs på nya jobbet");
    }

    @Test
    void an_exit_with_other_and_no_comment_or_no_reason_is_refused_at_the_field() {
        ParticipantView view = registerWoman();
        startToday(view);

        test(action(view, "Avsluta")).click();
        ExitDialog exit = $(ExitDialog.class).single();
        test(exit.endDate).setValue(LocalDate.now());
        test(exit.save).click();
        assertThat(exit.reasons.getErrorMessage()).isEqualTo("Välj minst en avslutsorsak");

        test(exit.reasons).selectItem("Övrigt");
        test(exit.save).click();
        assertThat(exit.otherComment.getErrorMessage()).isEqualTo("Beskriv orsaken när du väljer Övrigt");
        assertThat(exit.isOpened()).isTrue();
    }

    @Test
    void declining_without_a_reason_is_refused_and_with_one_closes_the_referral() {
        ParticipantView view = registerWoman();
        test(action(view, "Beslut och start")).click();
        StartDialog start = $(StartDialog.class).single();
        test(start.decision).selectItem("Ej aktuell");
        test(start.save).click();
        assertThat(start.decisionReason.getErrorMessage()).isEqualTo("Ange varför personen inte är aktuell");

        test(start.decisionReason).setValue("Behöver i första hand vård");
        test(start.save).click();
        assertThat(view.timelineTexts()).last().asString().isEqualTo("Beslut: Ej aktuell: Behöver i första hand vård");
        assertThat(view.actions).extracting(Button::getText).doesNotContain("Beslut och start", "Avsluta");
        assertThat(Decision.EJ_AKTUELL).isNotNull();
    }

    @Test
    void the_referral_names_the_partner_and_handlaggare_and_html_in_a_name_stays_text() {
        ParticipantListView list = navigate(ParticipantListView.class);
        test(list.create).click();
        NewParticipantDialog dialog = $(NewParticipantDialog.class).single();
        serial = serial >= 998 ? 980 : serial + 2;
        test(dialog.personnummer).setValue(TestPersonnummer.of(LocalDate.of(1975, 1, 30), Kon.MAN, serial + 1));
        test(dialog.firstName).setValue("<b>Olle</b>");
        test(dialog.lastName).setValue("<script>alert(1)</script>");
        test(dialog.partner).selectItem("Försäkringskassan");
        test(dialog.handlaggareName).setValue("Britt Handläggare");
        test(dialog.save).click();

        ParticipantView view = (ParticipantView) getCurrentView();
        assertThat(view.timelineTexts().getFirst()).endsWith("Aktualiserad av Försäkringskassan (Britt Handläggare)");
        assertThat(view.getPageTitle()).isEqualTo("<b>Olle</b> <script>alert(1)</script>");
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getElement().getChildren()
                .allMatch(com.vaadin.flow.dom.Element::isTextNode)).as("the heading holds only text, no elements").isTrue();
    }

    @Test
    void contact_details_are_changed_and_a_bad_email_is_refused_at_its_field() {
        ParticipantView view = registerWoman();
        test(action(view, "Ändra uppgifter")).click();
        PersonDetailsDialog dialog = $(PersonDetailsDialog.class).single();
        test(dialog.email).setValue("inte-en-adress");
        test(dialog.save).click();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Skriv en e-postadress som namn@exempel.se");

        test(dialog.email).setValue("eva.ek@example.se");
        test(dialog.phone).setValue("0521-12 34 56");
        test(dialog.save).click();
        assertThat(view.getElement().getTextRecursively()).contains("eva.ek@example.se").contains("0521-12 34 56");
    }

    @Test
    void a_rename_in_andra_uppgifter_shows_in_the_header_and_kommun_is_picked_as_in_ny_deltagare() {
        ParticipantView view = registerWoman();
        test(action(view, "Ändra uppgifter")).click();
        PersonDetailsDialog dialog = $(PersonDetailsDialog.class).single();
        assertThat(dialog.kommun).isInstanceOf(com.vaadin.flow.component.combobox.ComboBox.class);
        test(dialog.kommun).selectItem("Mellerud");
        test(dialog.firstName).setValue("Evelina");
        test(dialog.save).click();

        se.samspar.base.ui.MainLayout layout = (se.samspar.base.ui.MainLayout) com.vaadin.flow.component.UI.getCurrent()
                .getInternals().getActiveRouterTargetsChain().stream()
                .filter(se.samspar.base.ui.MainLayout.class::isInstance).findFirst().orElseThrow();
        assertThat(layout.shownTitle()).isEqualTo("Evelina Ek");
        assertThat(view.getElement().getTextRecursively()).contains("Mellerud");

        test(action(view, "Ändra uppgifter")).click();
        assertThat($(PersonDetailsDialog.class).last().kommun.getValue()).isEqualTo("Mellerud");
    }

    @Test
    void withdrawn_consent_leaves_the_page_and_the_person_is_listed_anonymously() {
        ParticipantView view = registerWoman();
        test(action(view, "Återta medgivande")).click();
        WithdrawConsentDialog dialog = $(WithdrawConsentDialog.class).single();
        test(dialog.confirm).click();

        assertThat(getCurrentView()).isInstanceOf(ParticipantListView.class);
        assertThat(ParticipantViews.visibleNames(this)).contains("Anonym (Kvinna, född 1988)").doesNotContain("Eva Ek");
    }
}
