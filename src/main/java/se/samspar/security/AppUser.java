package se.samspar.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;
import se.samspar.base.Role;

/** A person who logs in: staff, coordinator, administrator or board member. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX = 60;
    public static final int FULL_NAME_MAX = 100;
    public static final int EMAIL_MAX = se.samspar.base.ContactRules.EMAIL_MAX;

    @Column(name = "username", nullable = false, length = USERNAME_MAX, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName = "";

    @Column(name = "email", length = EMAIL_MAX)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The TOTP secret (Base32) when the user has turned on the second factor. */
    @Column(name = "totp_secret", length = 64)
    private @Nullable String totpSecret;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The programmes the user works in, by id (the programme module owns programmes). */
    @ElementCollection
    @CollectionTable(name = "app_user_programme", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "programme_id", nullable = false)
    private Set<Long> programmeIds = new HashSet<>();

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    @Nullable String getTotpSecret() {
        return totpSecret;
    }

    void setTotpSecret(@Nullable String totpSecret) {
        this.totpSecret = totpSecret;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    void passwordChanged(String hash, Instant when) {
        this.passwordHash = hash;
        this.passwordChangedAt = when;
        this.mustChangePassword = false;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Set<Long> getProgrammeIds() {
        return programmeIds;
    }

    void setProgrammeIds(Set<Long> programmeIds) {
        this.programmeIds.clear();
        this.programmeIds.addAll(programmeIds);
    }
}
