package se.samspar.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** One session (tillfälle, pass) of a group. */
@Entity
@Table(name = "group_session")
public class GroupSession extends AbstractEntity {

    public static final int THEME_MAX = 200;
    public static final int GUEST_MAX = 100;
    public static final int REASON_MAX = 500;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "theme", length = THEME_MAX)
    private @Nullable String theme;

    @Column(name = "guest_role", length = GUEST_MAX)
    private @Nullable String guestRole;

    @Column(name = "guest_name", length = GUEST_MAX)
    private @Nullable String guestName;

    @Column(name = "room_id")
    private @Nullable Long roomId;

    @Column(name = "intake", nullable = false)
    private boolean intake;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @Column(name = "override_reason", length = REASON_MAX)
    private @Nullable String overrideReason;

    @ElementCollection
    @CollectionTable(name = "session_leader", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> leaderIds = new HashSet<>();

    protected GroupSession() {
    }

    GroupSession(long groupId, int number, LocalDate date, LocalTime start, LocalTime end, boolean intake) {
        this.groupId = groupId;
        this.number = number;
        this.date = date;
        this.start = start;
        this.end = end;
        this.intake = intake;
    }

    void apply(SessionDraft d) {
        date = d.date();
        start = d.start();
        end = d.end();
        theme = blank(d.theme());
        guestRole = blank(d.guestRole());
        guestName = blank(d.guestName());
        roomId = d.roomId();
        cancelled = d.cancelled();
        leaderIds.clear();
        leaderIds.addAll(d.leaderIds());
    }

    private static @Nullable String blank(@Nullable String s) {
        return se.samspar.base.TextInput.stripped(s);
    }

    void setRoomAndLeaders(@Nullable Long roomId, Set<Long> leaders) {
        this.roomId = roomId;
        leaderIds.clear();
        leaderIds.addAll(leaders);
    }

    void setOverrideReason(@Nullable String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public long getGroupId() {
        return groupId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public @Nullable String getTheme() {
        return theme;
    }

    public @Nullable String getGuestRole() {
        return guestRole;
    }

    public @Nullable String getGuestName() {
        return guestName;
    }

    public @Nullable Long getRoomId() {
        return roomId;
    }

    public boolean isIntake() {
        return intake;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public Set<Long> getLeaderIds() {
        return leaderIds;
    }
}
