package se.samspar.session;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the coordinator enters for a group. */
public record GroupDraft(long programmeId, String name, LocalDate startDate, @Nullable LocalDate endDate,
                         Set<Long> leaderIds, @Nullable Long roomId, @Nullable String language,
                         @Nullable Long interpreterId, @Nullable Integer capacity, boolean headcountOnly,
                         @Nullable String notes) {
    public GroupDraft {
        leaderIds = leaderIds == null ? Set.of() : Set.copyOf(leaderIds);
    }
}
