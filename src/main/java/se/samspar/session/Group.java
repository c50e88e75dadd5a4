package se.samspar.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** A group (gruppomgång) of a programme: leaders, room, language, interpreter, capacity, members. */
@Entity
@Table(name = "group_round")
public class Group extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int NOTES_MAX = 2000;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "room_id")
    private @Nullable Long roomId;

    @Column(name = "language", length = 60)
    private @Nullable String language;

    @Column(name = "interpreter_id")
    private @Nullable Long interpreterId;

    @Column(name = "capacity")
    private @Nullable Integer capacity;

    @Column(name = "headcount_only", nullable = false)
    private boolean headcountOnly;

    @Column(name = "notes", length = NOTES_MAX)
    private @Nullable String notes;

    @ElementCollection
    @CollectionTable(name = "group_leader", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> leaderIds = new HashSet<>();

    protected Group() {
    }

    Group(long programmeId, String name, LocalDate startDate) {
        this.programmeId = programmeId;
        this.name = name;
        this.startDate = startDate;
    }

    void apply(GroupDraft d) {
        name = se.samspar.base.TextInput.stripped(d.name());
        startDate = d.startDate();
        endDate = d.endDate();
        roomId = d.roomId();
        language = se.samspar.base.TextInput.stripped(d.language());
        interpreterId = d.interpreterId();
        capacity = d.capacity();
        headcountOnly = d.headcountOnly();
        notes = se.samspar.base.TextInput.stripped(d.notes());
        leaderIds.clear();
        leaderIds.addAll(d.leaderIds());
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public @Nullable Long getRoomId() {
        return roomId;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public @Nullable Long getInterpreterId() {
        return interpreterId;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public boolean isHeadcountOnly() {
        return headcountOnly;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public Set<Long> getLeaderIds() {
        return leaderIds;
    }
}
