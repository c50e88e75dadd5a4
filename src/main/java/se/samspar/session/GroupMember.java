package se.samspar.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** An enrolment in a group, from the day it joined to the day it left. */
@Entity
@Table(name = "group_member")
public class GroupMember extends AbstractEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "joined", nullable = false)
    private LocalDate joined;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    protected GroupMember() {
    }

    GroupMember(long groupId, long enrolmentId, LocalDate joined) {
        this.groupId = groupId;
        this.enrolmentId = enrolmentId;
        this.joined = joined;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public LocalDate getJoined() {
        return joined;
    }

    public @Nullable LocalDate getLeftOn() {
        return leftOn;
    }

    void setLeftOn(@Nullable LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public boolean belongsOn(LocalDate day) {
        return !day.isBefore(joined) && (leftOn == null || !day.isAfter(leftOn));
    }
}
