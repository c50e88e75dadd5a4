package se.samspar.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** The annual report of a year being put together: the parts' order, those left out, foreword and closing text. */
@Entity
@Table(name = "annual_report_draft")
class AnnualReportDraft extends AbstractEntity {

    /** The longest foreword or closing text. */
    static final int TEXT_MAX = 8000;
    static final int KEYS_MAX = 2000;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "part_order", nullable = false, length = KEYS_MAX)
    private String partOrder = "";

    @Column(name = "excluded_parts", nullable = false, length = KEYS_MAX)
    private String excludedParts = "";

    @Column(name = "foreword")
    private @Nullable String foreword;

    @Column(name = "closing")
    private @Nullable String closing;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected AnnualReportDraft() {
    }

    AnnualReportDraft(int year) {
        this.year = year;
    }

    void apply(AnnualReportService.Draft draft, String user, LocalDateTime now) {
        this.partOrder = String.join(",", draft.order());
        this.excludedParts = String.join(",", draft.excluded());
        this.foreword = draft.foreword();
        this.closing = draft.closing();
        this.updatedBy = user;
        this.updatedAt = now;
    }

    AnnualReportService.Draft content() {
        return new AnnualReportService.Draft(keys(partOrder), new LinkedHashSet<>(keys(excludedParts)),
                foreword == null ? "" : foreword, closing == null ? "" : closing);
    }

    private static List<String> keys(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).toList();
    }
}
