package se.samspar.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** A programme (insats) of the förbund: its settings are data the coordinator edits. */
@Entity
@Table(name = "programme")
public class Programme extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int SHORT_DESCRIPTION_MAX = 500;
    public static final int TEXT_MAX = 4000;
    public static final int MUNICIPALITY_MAX = 60;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(name = "short_description", length = SHORT_DESCRIPTION_MAX)
    private String shortDescription = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ProgrammeKind kind = ProgrammeKind.INDIVIDUAL;

    @Column(name = "target_group", length = TEXT_MAX)
    private String targetGroup = "";

    /** Syfte och mål: prefilled into every report on the programme. */
    @Column(name = "purpose", length = TEXT_MAX)
    private String purpose = "";

    @Column(name = "min_age")
    private @Nullable Integer minAge;

    @Column(name = "max_age")
    private @Nullable Integer maxAge;

    /** Target share of exited participants who go to work or studies, in per cent. */
    @Column(name = "target_share_work_or_studies")
    private @Nullable Integer targetShareWorkOrStudies;

    /** Retention (gallring): enrolments are made anonymous this many years after they ended; null: never. */
    @Column(name = "retention_years")
    private @Nullable Integer retentionYears;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom = LocalDate.now(se.samspar.base.SwedishTime.ZONE);

    @Column(name = "active_to")
    private @Nullable LocalDate activeTo;

    /** The ages where the report's age bands start, e.g. "30, 45, 60"; null: the förbund's default. */
    @Column(name = "report_age_bands", length = ReportLayout.TEXT_MAX)
    private @Nullable String reportAgeBands;

    /** Upper limits of the report's table of years in public support, e.g. "2, 4, 6, 8"; null: no table. */
    @Column(name = "report_year_bands", length = ReportLayout.TEXT_MAX)
    private @Nullable String reportYearBands;

    /** Upper limits of the report's table of months in the programme, e.g. "3, 6, 9, 12, 15"; null: no table. */
    @Column(name = "report_time_bands", length = ReportLayout.TEXT_MAX)
    private @Nullable String reportTimeBands;

    @ElementCollection
    @CollectionTable(name = "programme_municipality", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "municipality", nullable = false, length = MUNICIPALITY_MAX)
    @OrderBy
    private Set<String> municipalities = new LinkedHashSet<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public void setShortDescription(String shortDescription) {
        this.shortDescription = shortDescription;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public @Nullable Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(@Nullable Integer minAge) {
        this.minAge = minAge;
    }

    public @Nullable Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(@Nullable Integer maxAge) {
        this.maxAge = maxAge;
    }

    public @Nullable Integer getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(@Nullable Integer retentionYears) {
        this.retentionYears = retentionYears;
    }

    public @Nullable Integer getTargetShareWorkOrStudies() {
        return targetShareWorkOrStudies;
    }

    public void setTargetShareWorkOrStudies(@Nullable Integer targetShareWorkOrStudies) {
        this.targetShareWorkOrStudies = targetShareWorkOrStudies;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    public @Nullable LocalDate getActiveTo() {
        return activeTo;
    }

    public void setActiveTo(@Nullable LocalDate activeTo) {
        this.activeTo = activeTo;
    }

    public Set<String> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(Set<String> municipalities) {
        this.municipalities = new LinkedHashSet<>(municipalities);
    }

    public @Nullable String getReportAgeBands() {
        return reportAgeBands;
    }

    public void setReportAgeBands(@Nullable String reportAgeBands) {
        this.reportAgeBands = blankToNull(reportAgeBands);
    }

    public @Nullable String getReportYearBands() {
        return reportYearBands;
    }

    public void setReportYearBands(@Nullable String reportYearBands) {
        this.reportYearBands = blankToNull(reportYearBands);
    }

    public @Nullable String getReportTimeBands() {
        return reportTimeBands;
    }

    public void setReportTimeBands(@Nullable String reportTimeBands) {
        this.reportTimeBands = blankToNull(reportTimeBands);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the programme runs on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }
}
