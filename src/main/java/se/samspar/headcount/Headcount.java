package se.samspar.headcount;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** How many women and men took part in a programme's activity on a day. */
@Entity
@Table(name = "headcount")
public class Headcount extends AbstractEntity {

    public static final int ACTIVITY_MAX = 100;
    public static final int MAX_COUNT = 10_000;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "count_date", nullable = false)
    private LocalDate date;

    @Column(name = "activity", length = ACTIVITY_MAX)
    private @Nullable String activity;

    @Column(name = "age_band", length = 20)
    private @Nullable String ageBand;

    @Column(name = "women", nullable = false)
    private int women;

    @Column(name = "men", nullable = false)
    private int men;

    protected Headcount() {
        // for JPA
    }

    Headcount(long programmeId, LocalDate date, @Nullable String activity, @Nullable String ageBand, int women, int men) {
        this.programmeId = programmeId;
        this.date = date;
        this.activity = activity;
        this.ageBand = ageBand;
        this.women = women;
        this.men = men;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public @Nullable String getActivity() {
        return activity;
    }

    public @Nullable String getAgeBand() {
        return ageBand;
    }

    public int getWomen() {
        return women;
    }

    public int getMen() {
        return men;
    }
}
