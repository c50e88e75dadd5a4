package se.samspar.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A measurement occasion (mättillfälle): its name, period, whether it is closed, and its groups. */
public record Occasion(long id, String name, LocalDate from, LocalDate to, boolean closed, long version,
                       List<Group> groups) {

    public Occasion {
        groups = List.copyOf(groups);
    }

    /**
     * A group of the occasion: the instrument version it answers, its base (the "8" of "7 av 8"),
     * how many have answered and how many codes are out unused.
     */
    public record Group(RespondentGroup group, long instrumentId, int base, int answered, int openCodes) {
    }

    public Optional<Group> group(RespondentGroup g) {
        return groups.stream().filter(x -> x.group() == g).findFirst();
    }
}
