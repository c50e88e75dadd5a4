package se.samspar.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The places a programme has on one day: budgeted, follow-up, and other kinds by their label.
 *
 * @param budgeted places for active participants
 * @param followUp follow-up places
 * @param other other kinds, e.g. "Utslussning" → 5
 */
public record PlacesSummary(long programmeId, String programmeName, LocalDate day,
                            int budgeted, int followUp, Map<String, Integer> other) {

    /** Sums the allocations that cover the day; several allocations of one kind add up. */
    public static PlacesSummary of(long programmeId, String programmeName, LocalDate day,
                                   Collection<PlaceAllocation> allocations) {
        int budgeted = 0;
        int followUp = 0;
        Map<String, Integer> other = new LinkedHashMap<>();
        for (PlaceAllocation a : allocations) {
            if (!a.coversDay(day)) {
                continue;
            }
            switch (a.getKind()) {
                case BUDGETED -> budgeted += a.getPlaces();
                case FOLLOW_UP -> followUp += a.getPlaces();
                case OTHER -> other.merge(a.getLabel().strip(), a.getPlaces(), Integer::sum);
            }
        }
        return new PlacesSummary(programmeId, programmeName, day, budgeted, followUp, Map.copyOf(other));
    }

    public boolean hasAny() {
        return budgeted > 0 || followUp > 0 || !other.isEmpty();
    }
}
