package se.samspar.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.participant.ParticipantRow;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;

/** The group page's dialogs: a series that says what it skips and where it is wrong; many members at once. */
class GroupDialogsTest extends IntegrationTest {

    private static final LocalDate THURSDAY_30_APRIL = LocalDate.of(2026, 4, 30);

    @Autowired
    GroupService groups;

    private long programmeId;
    private String coordinator;
    private String staff;
    private Group group;

    @BeforeEach
    void groupOfSixWeeks() {
        programmeId = newProgramme("Dialogprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Doris Dialog", programmeId)[0];
        staff = newStaff("Dan Dialog", programmeId)[0];
        loginAs(coordinator, Role.SAMORDNARE);
        group = groups.createGroup(new GroupDraft(programmeId, unique("Vårgrupp"), THURSDAY_30_APRIL,
                LocalDate.of(2026, 6, 12), Set.of(userId(coordinator)), null, null, null, 4, false, null));
    }

    @Test
    void the_series_preview_names_skipped_holidays_and_marks_the_field_that_runs_past_the_group_until_fixed() {
        SeriesDialog dialog = opened(new SeriesDialog(groups, group, LocalDate.of(2026, 4, 1), () -> { }));
        test(dialog.weekdays).selectItem("torsdag");
        test(dialog.weeks).setValue(3);
        assertThat(dialog.preview.getText()).isEqualTo("Serien ger 2 tillfällen, från tors 30 april till tors 7 maj."
                + " Hoppar över en helgdag: tors 14 maj.");

        // Eight weeks run past the group's last day (12 June): said on Antal veckor at once.
        test(dialog.weeks).setValue(8);
        assertThat(dialog.weeks.isInvalid()).isTrue();
        assertThat(dialog.weeks.getErrorMessage()).isEqualTo("Tillfället ligger utanför gruppens datum (2026-04-30 – 2026-06-12)");
        assertThat(dialog.firstDay.isInvalid()).isFalse();
        test(dialog.weeks).setValue(6);
        assertThat(dialog.weeks.isInvalid()).as("cleared once fixed").isFalse();

        // A first day before the group: said on Första dag.
        test(dialog.firstDay).setValue(LocalDate.of(2026, 4, 23));
        assertThat(dialog.firstDay.isInvalid()).isTrue();
        assertThat(dialog.weeks.isInvalid()).isFalse();
        test(dialog.firstDay).setValue(THURSDAY_30_APRIL);
        assertThat(dialog.firstDay.isInvalid()).isFalse();
    }

    @Test
    void dates_in_another_year_than_today_carry_their_year() {
        SeriesDialog dialog = opened(new SeriesDialog(groups, group, LocalDate.of(2025, 12, 1), () -> { }));
        test(dialog.weekdays).selectItem("måndag");
        test(dialog.weekdays).selectItem("torsdag");
        test(dialog.weeks).setValue(1);
        assertThat(dialog.preview.getText()).isEqualTo("Serien ger 2 tillfällen, från tors 30 april 2026 till mån 4 maj 2026.");
    }

    @Test
    void many_participants_are_ticked_and_added_at_once_and_members_are_not_offered() {
        long anna = startedParticipant(staff, programmeId, "Anna", "Alm", Kon.KVINNA, LocalDate.of(2026, 4, 6));
        long bo = startedParticipant(staff, programmeId, "Bo", "Björk", Kon.MAN, LocalDate.of(2026, 4, 6));
        long cilla = startedParticipant(staff, programmeId, "Cilla", "Ceder", Kon.KVINNA, LocalDate.of(2026, 4, 6));
        AddMembersDialog dialog = opened(new AddMembersDialog(groups, group, LocalDate.of(2026, 4, 20), () -> { }));
        assertThat(dialog.candidates.getListDataView().getItems().map(ParticipantRow::enrolmentId))
                .containsExactlyInAnyOrder(anna, bo, cilla);
        assertThat(dialog.save.isEnabled()).isFalse();
        dialog.candidates.select(dialog.candidates.getListDataView().getItems().filter(r -> r.enrolmentId() == anna)
                .findFirst().orElseThrow());
        dialog.candidates.select(dialog.candidates.getListDataView().getItems().filter(r -> r.enrolmentId() == cilla)
                .findFirst().orElseThrow());
        test(dialog.save).click();
        assertThat(groups.membersOf(group.getId())).extracting(m -> m.getEnrolmentId()).containsExactly(anna, cilla);

        AddMembersDialog again = opened(new AddMembersDialog(groups, group, LocalDate.of(2026, 4, 20), () -> { }));
        assertThat(again.candidates.getListDataView().getItems().map(ParticipantRow::enrolmentId)).containsExactly(bo);
    }

    @Test
    void a_day_left_empty_is_marked_and_no_one_is_added() {
        long anna = startedParticipant(staff, programmeId, "Anna", "Alm", Kon.KVINNA, LocalDate.of(2026, 4, 6));
        AddMembersDialog dialog = opened(new AddMembersDialog(groups, group, LocalDate.of(2026, 4, 20), () -> { }));
        dialog.candidates.select(dialog.candidates.getListDataView().getItems().filter(r -> r.enrolmentId() == anna)
                .findFirst().orElseThrow());
        dialog.joined.clear();
        test(dialog.save).click();
        assertThat(dialog.joined.isInvalid()).isTrue();
        assertThat(dialog.joined.getErrorMessage()).isEqualTo("Fyll i fältet");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(groups.membersOf(group.getId())).isEmpty();
    }

    /** The dialog in the page, as the group page opens it. */
    private static <D extends com.vaadin.flow.component.dialog.Dialog> D opened(D dialog) {
        com.vaadin.flow.component.UI.getCurrent().add(dialog);
        dialog.open();
        return dialog;
    }
}
