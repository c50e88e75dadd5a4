package se.samspar.base;

import java.util.Set;

/**
 * Who is asking, as the feature services need to know it: the roles and the programmes the
 * user works in. Implemented by the security module, so that features can scope their data
 * without depending on how users are stored.
 */
public interface CurrentUser {

    /** The login name, or an empty string when no one is logged in. */
    String username();

    boolean hasRole(Role role);

    /** Whether this request carries the authority (a role's, or a pending account step's). */
    boolean hasAuthority(String authority);

    /** The user's id, or empty when no one is logged in. */
    java.util.Optional<Long> userId();

    /** Ids of the programmes the user is linked to. */
    Set<Long> programmeIds();

    /** ADMIN and STYRELSE look at the whole förbund; the others at their own programmes. */
    /** A coordinator or staff member: works with participants of their own programmes. */
    default boolean isStaff() {
        return hasRole(Role.SAMORDNARE) || hasRole(Role.PERSONAL);
    }

    default boolean seesAllProgrammes() {
        return hasRole(Role.ADMIN) || hasRole(Role.STYRELSE);
    }

    /** The board and nothing else: such a user reads the published reports only. */
    default boolean readsReportsOnly() {
        return hasRole(Role.STYRELSE) && !hasRole(Role.ADMIN) && !hasRole(Role.SAMORDNARE) && !hasRole(Role.PERSONAL);
    }

    /** Whether the user may see figures and settings of the given programme. */
    default boolean canSeeProgramme(long programmeId) {
        return seesAllProgrammes() || programmeIds().contains(programmeId);
    }
}
