package se.samspar.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/**
 * A participant. Identified by personnummer, or anonymous: then only kön, birth year and kommun
 * are kept (the database refuses anything more), and nothing links the record to a person.
 */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    public static final int NAME_MAX = 60;
    public static final int KOMMUN_MAX = 60;
    public static final int PHONE_MAX = 30;
    public static final int EMAIL_MAX = se.samspar.base.ContactRules.EMAIL_MAX;
    public static final int NOTE_MAX = 2000;

    @Column(name = "personnummer", length = 13)
    private @Nullable String personnummer;

    @Column(name = "first_name", length = NAME_MAX)
    private @Nullable String firstName;

    @Column(name = "last_name", length = NAME_MAX)
    private @Nullable String lastName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kon", nullable = false, length = 10)
    private Kon kon;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    @Column(name = "kommun", length = KOMMUN_MAX)
    private @Nullable String kommun;

    @Column(name = "phone", length = PHONE_MAX)
    private @Nullable String phone;

    @Column(name = "email", length = EMAIL_MAX)
    private @Nullable String email;

    @Column(name = "note", length = NOTE_MAX)
    private @Nullable String note;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Person() {
        // for JPA
    }

    static Person identified(Personnummer pnr, String firstName, String lastName) {
        Person p = new Person();
        p.personnummer = pnr.value();
        p.kon = pnr.kon();
        p.birthDate = pnr.birthDate();
        p.birthYear = pnr.birthDate().getYear();
        p.firstName = firstName;
        p.lastName = lastName;
        return p;
    }

    static Person anonymous(Kon kon, int birthYear, @Nullable String kommun) {
        Person p = new Person();
        p.anonymous = true;
        p.kon = kon;
        p.birthYear = birthYear;
        p.kommun = kommun;
        return p;
    }

    /** Removes everything that identifies the person, keeping what statistics need. */
    void anonymise() {
        anonymous = true;
        personnummer = null;
        firstName = null;
        lastName = null;
        birthDate = null;
        phone = null;
        email = null;
        note = null;
    }

    public @Nullable String getPersonnummer() {
        return personnummer;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public Kon getKon() {
        return kon;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    void rename(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public @Nullable String getKommun() {
        return kommun;
    }

    void setKommun(@Nullable String kommun) {
        this.kommun = kommun;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getNote() {
        return note;
    }

    void setNote(@Nullable String note) {
        this.note = note;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    /** The registered values by field, for the audit log's before/after of a change. */
    public java.util.Map<String, @Nullable Object> auditSnapshot() {
        java.util.Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
        m.put("personnummer", personnummer);
        m.put("förnamn", firstName);
        m.put("efternamn", lastName);
        m.put("kön", kon);
        m.put("födelseår", birthYear);
        m.put("kommun", kommun);
        m.put("telefon", phone);
        m.put("e-post", email);
        m.put("anteckning", note);
        m.put("anonym", anonymous);
        return m;
    }
}
