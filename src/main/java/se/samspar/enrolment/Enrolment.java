package se.samspar.enrolment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/**
 * One person's enrolment in one programme. Persons, programmes and staff are referred to by id:
 * they belong to other modules.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int CONTACT_MAX = 200;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(name = "referring_partner", length = 40)
    private @Nullable String referringPartner;

    @Column(name = "handlaggare_name", length = NAME_MAX)
    private @Nullable String handlaggareName;

    @Column(name = "handlaggare_contact", length = CONTACT_MAX)
    private @Nullable String handlaggareContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private @Nullable Decision decision;

    @Column(name = "decision_reason", length = EnrolmentRules.REASON_MAX)
    private @Nullable String decisionReason;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "contact_person1_id")
    private @Nullable Long contactPerson1Id;

    @Column(name = "contact_person2_id")
    private @Nullable Long contactPerson2Id;

    @Column(name = "over_budget_reason", length = EnrolmentRules.REASON_MAX)
    private @Nullable String overBudgetReason;

    @Column(name = "age_override_reason", length = EnrolmentRules.REASON_MAX)
    private @Nullable String ageOverrideReason;

    @Column(name = "consent_given_date")
    private @Nullable LocalDate consentGivenDate;

    @Column(name = "consent_written", nullable = false)
    private boolean consentWritten;

    @Column(name = "consent_withdrawn_date")
    private @Nullable LocalDate consentWithdrawnDate;

    @Column(name = "education", length = 40)
    private @Nullable String education;

    @Column(name = "years_in_support")
    private @Nullable Integer yearsInSupport;

    @ElementCollection
    @CollectionTable(name = "enrolment_support_start", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> supportAtStart = new HashSet<>();

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "enrolment_exit_reason", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> exitReasons = new HashSet<>();

    @Column(name = "exit_other_comment", length = Exit.COMMENT_MAX)
    private @Nullable String exitOtherComment;

    @Column(name = "occupation_at_exit", length = 40)
    private @Nullable String occupationAtExit;

    @ElementCollection
    @CollectionTable(name = "enrolment_support_after", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> supportAfter = new HashSet<>();

    @Column(name = "follow_up_wanted", nullable = false)
    private boolean followUpWanted;

    @Column(name = "anonymised_at")
    private @Nullable LocalDate anonymisedAt;

    protected Enrolment() {
        // for JPA
    }

    Enrolment(long personId, long programmeId, LocalDate referralDate) {
        this.personId = personId;
        this.programmeId = programmeId;
        this.referralDate = referralDate;
    }

    public EnrolmentStatus statusOn(LocalDate day) {
        return EnrolmentStatus.on(day, decision, startDate, endDate, followUpWanted);
    }

    /** A felregistrering is never counted in any statistic. */
    public boolean countsInStatistics() {
        return !exitReasons.contains(ExitReasons.FELREGISTRERING);
    }

    void exit(Exit exit) {
        endDate = exit.endDate();
        exitReasons = new HashSet<>(exit.reasons());
        exitOtherComment = exit.otherComment();
        occupationAtExit = exit.occupation();
        supportAfter = new HashSet<>(exit.supportAfter());
        followUpWanted = exit.followUpWanted();
    }

    public long getPersonId() {
        return personId;
    }

    void setPersonId(long personId) {
        this.personId = personId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public @Nullable String getReferringPartner() {
        return referringPartner;
    }

    void setReferringPartner(@Nullable String referringPartner) {
        this.referringPartner = referringPartner;
    }

    public @Nullable String getHandlaggareName() {
        return handlaggareName;
    }

    void setHandlaggareName(@Nullable String handlaggareName) {
        this.handlaggareName = handlaggareName;
    }

    public @Nullable String getHandlaggareContact() {
        return handlaggareContact;
    }

    void setHandlaggareContact(@Nullable String handlaggareContact) {
        this.handlaggareContact = handlaggareContact;
    }

    public @Nullable Decision getDecision() {
        return decision;
    }

    void setDecision(@Nullable Decision decision, @Nullable String reason) {
        this.decision = decision;
        this.decisionReason = reason;
    }

    public @Nullable String getDecisionReason() {
        return decisionReason;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable Long getContactPerson1Id() {
        return contactPerson1Id;
    }

    public @Nullable Long getContactPerson2Id() {
        return contactPerson2Id;
    }

    void setContactPersons(@Nullable Long first, @Nullable Long second) {
        this.contactPerson1Id = first;
        this.contactPerson2Id = second;
    }

    public @Nullable String getOverBudgetReason() {
        return overBudgetReason;
    }

    void setOverBudgetReason(@Nullable String overBudgetReason) {
        this.overBudgetReason = overBudgetReason;
    }

    public @Nullable String getAgeOverrideReason() {
        return ageOverrideReason;
    }

    void setAgeOverrideReason(@Nullable String ageOverrideReason) {
        this.ageOverrideReason = ageOverrideReason;
    }

    public @Nullable LocalDate getConsentGivenDate() {
        return consentGivenDate;
    }

    public boolean isConsentWritten() {
        return consentWritten;
    }

    void setConsent(@Nullable LocalDate given, boolean written) {
        this.consentGivenDate = given;
        this.consentWritten = written;
    }

    public @Nullable LocalDate getConsentWithdrawnDate() {
        return consentWithdrawnDate;
    }

    void setConsentWithdrawnDate(@Nullable LocalDate consentWithdrawnDate) {
        this.consentWithdrawnDate = consentWithdrawnDate;
    }

    public @Nullable String getEducation() {
        return education;
    }

    void setEducation(@Nullable String education) {
        this.education = education;
    }

    public @Nullable Integer getYearsInSupport() {
        return yearsInSupport;
    }

    void setYearsInSupport(@Nullable Integer yearsInSupport) {
        this.yearsInSupport = yearsInSupport;
    }

    public Set<String> getSupportAtStart() {
        return supportAtStart;
    }

    void setSupportAtStart(Set<String> supportAtStart) {
        this.supportAtStart = new HashSet<>(supportAtStart);
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public Set<String> getExitReasons() {
        return exitReasons;
    }

    public @Nullable String getExitOtherComment() {
        return exitOtherComment;
    }

    public @Nullable String getOccupationAtExit() {
        return occupationAtExit;
    }

    public Set<String> getSupportAfter() {
        return supportAfter;
    }

    public boolean isFollowUpWanted() {
        return followUpWanted;
    }

    /** The registered values by field, for the audit log's before/after of a change. */
    public java.util.Map<String, @Nullable Object> auditSnapshot() {
        java.util.Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
        m.put("person", personId);
        m.put("program", programmeId);
        m.put("remissdatum", referralDate);
        m.put("remitterande part", referringPartner);
        m.put("handläggare", handlaggareName);
        m.put("handläggarens kontakt", handlaggareContact);
        m.put("beslut", decision);
        m.put("beslutsmotivering", decisionReason);
        m.put("startdatum", startDate);
        m.put("kontaktperson 1", contactPerson1Id);
        m.put("kontaktperson 2", contactPerson2Id);
        m.put("skäl över budget", overBudgetReason);
        m.put("skäl åldersgräns", ageOverrideReason);
        m.put("medgivande", consentGivenDate);
        m.put("skriftligt medgivande", consentWritten);
        m.put("medgivande återtaget", consentWithdrawnDate);
        m.put("utbildning", education);
        m.put("år i offentlig försörjning", yearsInSupport);
        m.put("försörjning vid start", new java.util.TreeSet<>(supportAtStart));
        m.put("slutdatum", endDate);
        m.put("avslutsorsaker", new java.util.TreeSet<>(exitReasons));
        m.put("kommentar övrigt", exitOtherComment);
        m.put("sysselsättning vid avslut", occupationAtExit);
        m.put("försörjning efter", new java.util.TreeSet<>(supportAfter));
        m.put("uppföljning önskas", followUpWanted);
        m.put("anonymiserad", anonymisedAt);
        return m;
    }

    public @Nullable LocalDate getAnonymisedAt() {
        return anonymisedAt;
    }

    /**
     * Retention: the enrolment keeps what the statistics need and loses every free text that may
     * name or describe the person.
     */
    void anonymise(long anonymousPersonId, LocalDate day) {
        personId = anonymousPersonId;
        handlaggareName = null;
        handlaggareContact = null;
        decisionReason = null;
        overBudgetReason = null;
        ageOverrideReason = null;
        exitOtherComment = null;
        anonymisedAt = day;
    }
}
