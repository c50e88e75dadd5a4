package se.samspar.security;

import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Paging;
import se.samspar.base.Role;

/** Users, their roles and programmes: administered by ADMIN only. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    private final java.time.Clock clock;
    /** The last TOTP step accepted per user, so that a code works only once. */
    private final java.util.Map<String, Long> lastSecondFactorStep = new java.util.concurrent.ConcurrentHashMap<>();

    private final LoginThrottle throttle;
    /** Words of this installation a guesser would try first: the förbund's name and municipalities. */
    private final java.util.List<String> localWords;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                java.time.Clock clock, LoginThrottle throttle,
                @org.springframework.beans.factory.annotation.Value("${samspar.forbund.name:}") String forbundName,
                @org.springframework.beans.factory.annotation.Value("${samspar.forbund.municipalities:}")
                java.util.List<String> municipalities) {
        this.localWords = java.util.stream.Stream.concat(java.util.stream.Stream.of(forbundName),
                municipalities.stream()).toList();
        this.clock = clock;
        this.throttle = throttle;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Secured(Role.ROLE_ADMIN)
    public Slice<UserSummary> list(String filter, Pageable pageable) {
        return users.search(filter == null ? "" : filter.strip(), Paging.sortedByDefault(pageable, "username"))
                .map(UserSummary::of);
    }

    /** A member of a programme's staff, as a contact-person choice shows them. */
    public record StaffMember(long id, String fullName) {
    }

    /** The enabled users who work in the programme, by name. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL, Role.ROLE_ADMIN})
    public java.util.List<StaffMember> staffOf(long programmeId) {
        return users.findAllById(users.findStaffIdsByProgramme(programmeId)).stream()
                .map(u -> new StaffMember(u.getId(), u.getFullName()))
                .sorted(java.util.Comparator.comparing(StaffMember::fullName))
                .toList();
    }

    /** Ids of the enabled users who work in the programme: its possible contact persons. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL, Role.ROLE_ADMIN})
    public Set<Long> staffIdsOf(long programmeId) {
        return Set.copyOf(users.findStaffIdsByProgramme(programmeId));
    }

    /** Creates a user with a random one-time password, which is returned to be handed over once. */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public String create(UserDraft draft) {
        UserRules.validate(draft);
        if (users.existsByUsername(draft.username())) {
            throw new InvalidInputException("username", "user.error.username-taken");
        }
        String password = PasswordGenerator.generate();
        AppUser user = new AppUser(draft.username(), passwordEncoder.encode(password));
        apply(user, draft);
        user.setMustChangePassword(true);
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("username", "user.error.username-taken");
        }
        return password;
    }

    /**
     * Changes a user's name, e-mail, roles and programmes.
     *
     * @param version the version the administrator read, so that a concurrent change is caught
     */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public void update(long id, long version, UserDraft draft) {
        AppUser user = load(id, version);
        UserRules.validate(new UserDraft(user.getUsername(), draft.fullName(), draft.email(),
                draft.roles(), draft.programmeIds()));
        if (isSelf(user) && !draft.roles().contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "user.error.own-admin-role");
        }
        apply(user, draft);
        users.saveAndFlush(user);
    }

    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public void setEnabled(long id, long version, boolean enabled) {
        AppUser user = load(id, version);
        if (isSelf(user) && !enabled) {
            throw new InvalidInputException("enabled", "user.error.disable-self");
        }
        user.setEnabled(enabled);
        users.saveAndFlush(user);
    }

    /** Replaces the password with a new random one-time password, which is returned. */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public String resetPassword(long id, long version) {
        AppUser user = load(id, version);
        String password = PasswordGenerator.generate();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(true);
        users.saveAndFlush(user);
        return password;
    }

    /**
     * The logged-in user chooses a new password: the current one must be right, the new one must
     * follow {@link PasswordPolicy} and be typed twice alike.
     */
    @Transactional
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL, Role.ROLE_STYRELSE,
            AccountStep.ROLE_PASSWORD_CHANGE})
    public void changeOwnPassword(String current, String next, String repeat) {
        AppUser user = self();
        // Every field is checked before refusing, so that the form marks all that is wrong at once.
        se.samspar.base.InputProblems problems = new se.samspar.base.InputProblems();
        if (current == null || !passwordEncoder.matches(current, user.getPasswordHash())) {
            problems.add("current", "password.error.current-wrong");
        }
        problems.check("next", PasswordPolicy.standard().check(next, user.getUsername(),
                java.util.stream.Stream.concat(localWords.stream(), java.util.stream.Stream.of(user.getFullName())).toList()));
        if (!problems.has("next") && passwordEncoder.matches(next, user.getPasswordHash())) {
            problems.add("next", "password.error.same");
        }
        if (next == null || !next.equals(repeat)) {
            problems.add("repeat", "password.error.mismatch");
        }
        problems.throwIfAny();
        user.passwordChanged(passwordEncoder.encode(next), clock.instant());
        users.saveAndFlush(user);
    }

    /** Whether the logged-in user has turned on the second factor. */
    @Secured(Role.ROLE_ADMIN)
    public boolean hasSecondFactor() {
        return self().hasSecondFactor();
    }

    /** A fresh secret to show as a QR code; stored only once a code from it is confirmed. */
    @Secured(Role.ROLE_ADMIN)
    public String newSecondFactorSecret() {
        return Totp.newSecret();
    }

    /** The otpauth address of a secret, for the QR code. */
    @Secured(Role.ROLE_ADMIN)
    public String secondFactorUri(String secret) {
        return Totp.uri("Samspår", currentUser.username(), secret);
    }

    /** Turns on the second factor for the logged-in administrator, once a code from the app is right. */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public void enableSecondFactor(String secret, String code) {
        AppUser user = self();
        acceptCode(user.getUsername(), secret, code);
        user.setTotpSecret(secret);
        users.saveAndFlush(user);
        markSecondFactorDone();
    }

    /** Turns the second factor off again; a current code is needed. */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public void disableSecondFactor(String code) {
        AppUser user = self();
        if (user.getTotpSecret() == null) {
            return;
        }
        acceptCode(user.getUsername(), user.getTotpSecret(), code);
        user.setTotpSecret(null);
        users.saveAndFlush(user);
    }

    /** Another administrator lost their phone: their second factor is removed, to be set up again. */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public void resetSecondFactor(long id, long version) {
        AppUser user = load(id, version);
        user.setTotpSecret(null);
        users.saveAndFlush(user);
    }

    /**
     * The second step of an administrator's login: a right code lets the session through (with a
     * new session id); a wrong one counts as a failed login.
     */
    @Secured(AccountStep.ROLE_SECOND_FACTOR)
    public void verifySecondFactor(String code) {
        AppUser user = self();
        if (user.getTotpSecret() == null) {
            return;
        }
        String address = remoteAddress();
        if (!throttle.waitFor(user.getUsername(), address).isZero()) {
            throw new InvalidInputException("code", "second-factor.error.wait");
        }
        try {
            acceptCode(user.getUsername(), user.getTotpSecret(), code);
        } catch (InvalidInputException e) {
            throttle.failed(user.getUsername(), address);
            throw e;
        }
        throttle.succeeded(user.getUsername(), address);
        markSecondFactorDone();
    }

    private void acceptCode(String username, String secret, String code) {
        var step = Totp.matchingStep(secret, code, clock.instant());
        Long last = lastSecondFactorStep.get(username);
        if (step.isEmpty() || last != null && step.getAsLong() <= last) {
            throw new InvalidInputException("code", "second-factor.error.code");
        }
        lastSecondFactorStep.put(username, step.getAsLong());
    }

    private static @org.jspecify.annotations.Nullable String remoteAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static void markSecondFactorDone() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            attributes.getRequest().changeSessionId();
            attributes.getRequest().getSession().setAttribute(AccountStep.SECOND_FACTOR_DONE, Boolean.TRUE);
        }
    }

    private AppUser self() {
        return users.findWithRolesByUsername(currentUser.username())
                .orElseThrow(() -> new InvalidInputException("id", "user.error.not-found"));
    }

    private AppUser load(long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new InvalidInputException("id", "user.error.not-found"));
        if (user.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        return user;
    }

    private boolean isSelf(AppUser user) {
        return user.getUsername().equals(currentUser.username());
    }

    private static void apply(AppUser user, UserDraft draft) {
        user.setFullName(se.samspar.base.TextInput.stripped(draft.fullName()));
        user.setEmail(draft.email());
        user.setRoles(draft.roles());
        user.setProgrammeIds(needsProgrammes(draft.roles()) ? draft.programmeIds() : Set.of());
    }

    /** Only staff and coordinators work in programmes; ADMIN and STYRELSE see the whole förbund. */
    private static boolean needsProgrammes(Set<Role> roles) {
        return roles.contains(Role.SAMORDNARE) || roles.contains(Role.PERSONAL);
    }
}
