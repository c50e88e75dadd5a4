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

    @BeforeEach
    void staffOfOneProgramme() {
        long id = newProgramme("Rehabilitering", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 0);
        loginAs(newStaff("Per Personal", id)[0], Role.PERSONAL);
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
    void an_anonymous_participant_is_listed_by_kon_and_birth_year_only() {
        ParticipantViews.registerAnonymousInDialog(this, Kon.KVINNA, 1994);

        assertThat(ParticipantViews.visibleNames(this)).contains("Anonym (Kvinna, född 1994)");
    }
}
