package se.samspar.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** A contact within the follow-up places, after the exit (uppföljning). */
@Entity
@Table(name = "follow_up_contact")
public class FollowUpContact extends AbstractEntity {

    public static final int NOTE_MAX = 1000;

    /** How the contact was made. */
    public enum Kind {
        MOTE, TELEFON, DIGITALT, ANNAT;

        public String translationKey() {
            return "follow-up.kind." + name();
        }
    }

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "contact_date", nullable = false)
    private LocalDate contactDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "note", length = NOTE_MAX)
    private @Nullable String note;

    protected FollowUpContact() {
        // for JPA
    }

    FollowUpContact(long enrolmentId, LocalDate contactDate, Kind kind, @Nullable String note) {
        this.enrolmentId = enrolmentId;
        this.contactDate = contactDate;
        this.kind = kind;
        this.note = note;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public LocalDate getContactDate() {
        return contactDate;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable String getNote() {
        return note;
    }
}
