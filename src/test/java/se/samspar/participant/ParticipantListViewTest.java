package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.ui.ParticipantViews;

/** Staff register participants in the same form, identified or anonymous, and find them again. */
class ParticipantListViewTest extends IntegrationTest {

    @Autowired
    PersonService persons;

    private long programmeId;

    @BeforeEach
    void staffOfOneProgramme() {
        programmeId = newProgramme("Rehabilitering", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 0);
        loginAs(newStaff("Per Personal", programmeId)[0], Role.PERSONAL);
    }

    @Test
    void a_participant_registered_with_personnummer_appears_in_the_list_with_the_number_masked() {
        String pnr = TestPersonnummer.of(LocalDate.of(1979, 6, 2), Kon.MAN, 987);
        ParticipantViews.registerInDialog(this, pnr, "Karl", "Karlsson");

        var rows = persons.search("karlsson", Pageable.ofSize(10)).getContent();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Karl Karlsson");
            assertThat(r.maskedNumber()).isEqualTo("19790602-****");
        });
        assertThat(ParticipantViews.visibleNames(this)).contains("Karl Karlsson");
    }

    @Test
    void an_invalid_checksum_is_shown_at_the_number_and_nothing_is_saved() {
        String pnr = TestPersonnummer.of(LocalDate.of(1979, 6, 3), Kon.MAN, 989);
        String wrong = pnr.substring(0, 12) + ((pnr.charAt(12) - '0' + 1) % 10);

        String error = ParticipantViews.registerInDialog(this, wrong, "Fel", "Nummer");

        assertThat(error).isEqualTo("Kontrollsiffran stämmer inte: kontrollera att du skrivit rätt");
        assertThat(persons.search("Nummer", Pageable.ofSize(10)).getContent()).isEmpty();
    }

    @Test
    void the_list_is_sorted_by_name_or_newest_referral_first() {
        long older = persons.register(PersonDraft.anonymousPerson(Kon.MAN, 1980, null)).personId();
        long newer = persons.register(PersonDraft.anonymousPerson(Kon.MAN, 1981, null)).personId();
        long programme = programmeId;
        persons.enrol(older, se.samspar.enrolment.EnrolmentDraft.startingOn(programme, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 1)).withOverrides("Programmet saknar budget", null));
        persons.enrol(newer, se.samspar.enrolment.EnrolmentDraft.startingOn(programme, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1)).withOverrides("Programmet saknar budget", null));
        ParticipantViews.registerInDialog(this, TestPersonnummer.of(LocalDate.of(1970, 1, 1), Kon.KVINNA, 980),
                "Åsa", "Öberg");

        var byReferral = persons.search("", org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by(PersonService.SORT_REFERRAL))).getContent();
        assertThat(byReferral).extracting(ParticipantRow::referralDate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var byName = persons.search("", Pageable.ofSize(10)).getContent();
        assertThat(byName.getLast().displayName()).isEqualTo("Åsa Öberg"); // Swedish order: Ö after everything
    }

    @Test
    void an_anonymous_participant_is_listed_by_kon_and_birth_year_only() {
        ParticipantViews.registerAnonymousInDialog(this, Kon.KVINNA, 1994);

        assertThat(ParticipantViews.visibleNames(this)).contains("Anonym (Kvinna, född 1994)");
    }
}
