package se.samspar.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.security.UserDraft;
import se.samspar.security.UserService;

class ProgrammeServiceTest extends IntegrationTest {

    @Autowired
    ProgrammeService service;
    @Autowired
    UserService users;

    @BeforeEach
    void asAdmin() {
        loginAs("test-admin", Role.ADMIN);
    }

    private Programme programme(String name) {
        Programme p = new Programme();
        p.setName(name);
        p.setKind(ProgrammeKind.INDIVIDUAL);
        p.setActiveFrom(LocalDate.of(2018, 1, 1));
        p.setMinAge(16);
        p.setMaxAge(29);
        p.setTargetShareWorkOrStudies(40);
        p.setMunicipalities(Set.of("Vänersborg", "Mellerud"));
        return p;
    }

    private PlaceAllocation places(Programme p, PlaceKind kind, int n) {
        PlaceAllocation a = new PlaceAllocation(p);
        a.setKind(kind);
        a.setPlaces(n);
        a.setValidFrom(LocalDate.of(2018, 1, 1));
        return a;
    }

    @Test
    void a_programme_and_its_places_are_saved_and_read_back() {
        String name = unique("Rehabilitering");
        Programme saved = service.save(programme(name));
        service.savePlaces(places(saved, PlaceKind.BUDGETED, 50));
        service.savePlaces(places(saved, PlaceKind.FOLLOW_UP, 20));

        Programme loaded = service.get(saved.getId());
        assertThat(loaded.getName()).isEqualTo(name);
        assertThat(loaded.getMinAge()).isEqualTo(16);
        assertThat(loaded.getMaxAge()).isEqualTo(29);
        assertThat(loaded.getTargetShareWorkOrStudies()).isEqualTo(40);
        assertThat(loaded.getMunicipalities()).containsExactlyInAnyOrder("Vänersborg", "Mellerud");
        assertThat(service.places(saved.getId())).extracting(PlaceAllocation::getPlaces)
                .containsExactlyInAnyOrder(50, 20);
        assertThat(service.placesOn(LocalDate.of(2018, 6, 1)))
                .filteredOn(s -> s.programmeId() == saved.getId())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.budgeted()).isEqualTo(50);
                    assertThat(s.followUp()).isEqualTo(20);
                });
    }

    @Test
    void a_second_programme_with_the_same_name_in_other_case_is_refused_and_not_saved() {
        String name = unique("Hälsoskolan");
        service.save(programme(name));
        long before = service.all().size();

        assertThatThrownBy(() -> service.save(programme(name.toUpperCase())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("programme.error.name-taken"));
        assertThat(service.all()).hasSize((int) before);
    }

    @Test
    void broken_rules_are_refused_by_the_service_and_nothing_is_saved() {
        long before = service.all().size();
        Programme noName = programme("  ");
        Programme reversedAges = programme(unique("Åldrar"));
        reversedAges.setMinAge(30);
        reversedAges.setMaxAge(18);
        Programme reversedDates = programme(unique("Datum"));
        reversedDates.setActiveTo(LocalDate.of(2017, 1, 1));

        assertThatThrownBy(() -> service.save(noName)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.save(reversedAges)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.save(reversedDates)).isInstanceOf(InvalidInputException.class);
        assertThat(service.all()).hasSize((int) before);

        Programme saved = service.save(programme(unique("Platser")));
        assertThatThrownBy(() -> service.savePlaces(places(saved, PlaceKind.BUDGETED, -1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.places(saved.getId())).isEmpty();
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused() {
        Programme saved = service.save(programme(unique("Samtidig")));
        Programme first = service.get(saved.getId());
        Programme second = service.get(saved.getId());

        first.setShortDescription("Ändrad av den första");
        service.save(first);
        second.setShortDescription("Ändrad av den andra");

        assertThatThrownBy(() -> service.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(saved.getId()).getShortDescription()).isEqualTo("Ändrad av den första");
    }

    @Test
    void a_coordinator_edits_their_own_programme_but_not_another_and_creates_none() {
        Programme own = service.save(programme(unique("Egen")));
        Programme other = service.save(programme(unique("Annan")));
        String username = "samordnare-" + Long.toString(System.nanoTime(), 36);
        users.create(new UserDraft(username, "Sam Ordnare", null, Set.of(Role.SAMORDNARE), Set.of(own.getId())));

        loginAs(username, Role.SAMORDNARE);
        Programme mine = service.get(own.getId());
        mine.setShortDescription("Uppdaterad av samordnaren");
        assertThat(service.save(mine).getShortDescription()).isEqualTo("Uppdaterad av samordnaren");
        assertThat(service.list("", Pageable.ofSize(50)).getContent()).extracting(Programme::getId)
                .containsExactly(own.getId());

        assertThatThrownBy(() -> service.get(other.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(programme(unique("Ny")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.savePlaces(places(other, PlaceKind.BUDGETED, 3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_and_board_cannot_manage_programmes_through_the_service() {
        Programme saved = service.save(programme(unique("Skyddad")));
        for (Role role : new Role[] {Role.PERSONAL, Role.STYRELSE}) {
            loginAs("someone", role);
            assertThatThrownBy(() -> service.list("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.get(saved.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.save(saved)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_administrator_sees_the_places_of_every_programme_staff_only_their_own_and_the_board_none() {
        Programme saved = service.save(programme(unique("Synlig")));
        service.savePlaces(places(saved, PlaceKind.BUDGETED, 12));

        assertThat(service.placesOn(LocalDate.of(2018, 3, 1))).extracting(PlacesSummary::programmeId)
                .contains(saved.getId());
        // The board reads the published reports only.
        loginAs("board-member", Role.STYRELSE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.placesOn(LocalDate.of(2018, 3, 1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        loginAs("unlinked-staff", Role.PERSONAL);
        assertThat(service.placesOn(LocalDate.of(2018, 3, 1))).isEmpty();
    }
}
