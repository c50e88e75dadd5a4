package se.samspar.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u left join fetch u.roles where u.username = :username")
    Optional<AppUser> findWithRolesByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u.id from AppUser u where u.username = :username")
    Optional<Long> findIdByUsername(String username);

    @Query("select p from AppUser u join u.programmeIds p where u.username = :username and u.enabled = true")
    Set<Long> findProgrammeIdsByUsername(String username);

    @Query("select u.id from AppUser u join u.programmeIds p where p = :programmeId and u.enabled = true")
    Set<Long> findStaffIdsByProgramme(long programmeId);

    @Query("""
            select u from AppUser u
            where lower(u.username) like lower(concat('%', :filter, '%'))
               or lower(u.fullName) like lower(concat('%', :filter, '%'))""")
    Slice<AppUser> search(String filter, Pageable pageable);

    /** What each request checks about the logged-in user. */
    interface AccountState {
        boolean isEnabled();

        boolean isMustChangePassword();

        boolean isSecondFactor();
    }

    @Query("""
            select u.enabled as enabled, u.mustChangePassword as mustChangePassword,
                   (u.totpSecret is not null) as secondFactor
            from AppUser u where u.username = :username""")
    Optional<AccountState> findStateByUsername(String username);
}
