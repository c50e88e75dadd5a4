package se.samspar.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/**
 * A number of budgeted places of one kind for a period: places change during a year (Hikikomori
 * went from 10 + 5 to 15 + 5 places in March 2017), so each change is a new allocation.
 */
@Entity
@Table(name = "place_allocation")
public class PlaceAllocation extends AbstractEntity {

    public static final int LABEL_MAX = 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PlaceKind kind = PlaceKind.BUDGETED;

    /** Name of an {@link PlaceKind#OTHER} kind, e.g. "Utslussning". */
    @Column(name = "label", length = LABEL_MAX)
    private String label = "";

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.now(se.samspar.base.SwedishTime.ZONE);

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    protected PlaceAllocation() {
        // for JPA
    }

    public PlaceAllocation(Programme programme) {
        this.programme = programme;
    }

    public Programme getProgramme() {
        return programme;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(@Nullable LocalDate validTo) {
        this.validTo = validTo;
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
