package se.samspar.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A single session as the coordinator edits, moves or cancels it. */
public record SessionDraft(LocalDate date, LocalTime start, LocalTime end, @Nullable String theme,
                           @Nullable String guestRole, @Nullable String guestName, @Nullable Long roomId,
                           Set<Long> leaderIds, boolean cancelled) {
    public SessionDraft {
        leaderIds = leaderIds == null ? Set.of() : Set.copyOf(leaderIds);
    }
}
