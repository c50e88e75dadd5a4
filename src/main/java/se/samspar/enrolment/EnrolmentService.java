package se.samspar.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserService;

/**
 * Enrolments from referral to exit. Staff and coordinators work only with enrolments in the
 * programmes they are linked to; every rule of {@link EnrolmentRules} is checked here, whatever
 * the form checked before.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    private final EnrolmentRepository enrolments;
    private final ProgrammeService programmes;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final FollowUpContactRepository followUps;
    private final AuditService audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    EnrolmentService(EnrolmentRepository enrolments, FollowUpContactRepository followUps, ProgrammeService programmes,
                     UserService users, CurrentUser currentUser, Clock clock, AuditService audit,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.enrolments = enrolments;
        this.audit = audit;
        this.followUps = followUps;
        this.programmes = programmes;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person as the age rules need them: birth date where known, else birth year. */
    public record PersonAge(@Nullable LocalDate birthDate, int birthYear) {
        int ageOn(LocalDate day) {
            return birthDate != null ? java.time.Period.between(birthDate, day).getYears() : day.getYear() - birthYear;
        }
    }

    /**
     * Refers a person to a programme of the user's, with decision, start and start data where
     * known.
     *
     * @throws InvalidInputException naming the field of the first broken rule
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Enrolment enrol(long personId, PersonAge age, EnrolmentDraft draft) {
        requireOwnProgramme(draft.programmeId());
        LocalDate today = LocalDate.now(clock);
        InvalidInputException.check("referralDate", EnrolmentRules.checkReferralDate(draft.referralDate(), today));
        InvalidInputException.check("programmeId", EnrolmentRules.checkNoOtherOpenEnrolment(
                enrolments.findByPersonIdAndProgrammeId(personId, draft.programmeId()).stream()
                        .map(e -> e.statusOn(today)).toList()));
        checkLength("handlaggareName", draft.handlaggareName(), Enrolment.NAME_MAX);
        checkLength("handlaggareContact", draft.handlaggareContact(), Enrolment.CONTACT_MAX);

        Enrolment e = new Enrolment(personId, draft.programmeId(), draft.referralDate());
        e.setReferringPartner(blankToNull(draft.referringPartner()));
        e.setHandlaggareName(blankToNull(draft.handlaggareName()));
        e.setHandlaggareContact(blankToNull(draft.handlaggareContact()));
        applyDecision(e, age, draft.decisionAndStart());
        Enrolment saved = enrolments.saveAndFlush(e);
        audit.recordChange(AuditAction.CREATE, personId, saved.getId(), AuditService.values(saved.auditSnapshot()));
        return saved;
    }

    /**
     * Records the decision on a referral and, when accepted with a start date, the start with
     * its start data. Every rule of {@link #enrol} applies.
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Enrolment decide(long enrolmentId, long version, PersonAge age, boolean anonymous, StartData data) {
        Enrolment e = load(enrolmentId, version);
        if (e.getEndDate() != null) {
            throw new InvalidInputException("decision", "enrolment.error.already-exited");
        }
        if (e.getStartDate() != null && !e.getStartDate().equals(data.startDate())) {
            throw new InvalidInputException("startDate", "enrolment.error.already-started");
        }
        InputProblems problems = new InputProblems();
        DecisionRules.check(data, anonymous, LocalDate.now(clock)).forEach(v -> problems.add(v.field(), v.messageKey()));
        var before = e.auditSnapshot();
        applyDecision(e, age, data, problems);
        return saveChanged(e, before);
    }

    /** Saves a changed enrolment and records the changed fields in the audit log. */
    private Enrolment saveChanged(Enrolment e, java.util.Map<String, ?> before) {
        Enrolment saved = enrolments.saveAndFlush(e);
        AuditService.changes(before, saved.auditSnapshot()).ifPresent(
                d -> audit.recordChange(AuditAction.CHANGE, saved.getPersonId(), saved.getId(), d));
        return saved;
    }

    /**
     * Checks the decision and start against every rule, as a referral and a later decision alike
     * must pass them, and writes them into the enrolment.
     */
    private void applyDecision(Enrolment e, PersonAge age, StartData data) {
        applyDecision(e, age, data, new InputProblems());
    }

    /** As above, adding to the problems already found, and refusing with all of them. */
    private void applyDecision(Enrolment e, PersonAge age, StartData data, InputProblems problems) {
        problems.check("decisionReason", EnrolmentRules.checkDecisionReason(data.decision(), data.decisionReason()));
        problems.check("startDate", EnrolmentRules.checkStartNeedsAcceptance(data.decision(), data.startDate()));
        problems.check("startDate", EnrolmentRules.checkStartDate(e.getReferralDate(), data.startDate()));
        if (data.startDate() != null && data.startDate().isAfter(LocalDate.now(clock).plusYears(1))) {
            problems.add("startDate", "enrolment.error.start-too-far");
        }
        problems.check("contactPerson1Id", EnrolmentRules.checkContactPersons(data.contactPerson1Id(),
                data.contactPerson2Id(), users.staffIdsOf(e.getProgrammeId())));
        LocalDate ageDay = data.startDate() != null ? data.startDate() : e.getReferralDate();
        ProgrammeService.EnrolmentLimits limits = programmes.enrolmentLimits(e.getProgrammeId(), ageDay);
        problems.check("ageOverrideReason", EnrolmentRules.checkAgeAtStart(age.ageOn(ageDay),
                limits.minAge(), limits.maxAge(), data.ageOverrideReason()));
        if (data.startDate() != null && e.getStartDate() == null) {
            int active = enrolments.findStartedNotEndedOn(e.getProgrammeId(), data.startDate()).size();
            problems.check("overBudgetReason", EnrolmentRules.checkPlaceAvailable(active + 1,
                    limits.budgetedPlaces(), data.overBudgetReason()));
        }
        if (data.yearsInSupport() != null && (data.yearsInSupport() < 0 || data.yearsInSupport() > 80)) {
            problems.add("yearsInSupport", "enrolment.error.years-range");
        }
        problems.run(() -> checkLength("ageOverrideReason", data.ageOverrideReason(), EnrolmentRules.REASON_MAX));
        problems.run(() -> checkLength("overBudgetReason", data.overBudgetReason(), EnrolmentRules.REASON_MAX));
        problems.throwIfAny();

        e.setDecision(data.decision(), blankToNull(data.decisionReason()));
        e.setStartDate(data.startDate());
        e.setContactPersons(data.contactPerson1Id(), data.contactPerson2Id());
        e.setConsent(data.consentGivenDate(), data.consentWritten());
        e.setEducation(blankToNull(data.education()));
        e.setSupportAtStart(data.supportAtStart());
        e.setYearsInSupport(data.yearsInSupport());
        e.setOverBudgetReason(blankToNull(data.overBudgetReason()));
        e.setAgeOverrideReason(blankToNull(data.ageOverrideReason()));
    }

    /**
     * Registers the exit (utregistrering).
     *
     * @param version the version the user read: a concurrent change is refused, not overwritten
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Enrolment exit(long enrolmentId, long version, Exit exit) {
        Enrolment e = load(enrolmentId, version);
        if (e.getEndDate() != null) {
            throw new InvalidInputException("endDate", "enrolment.error.already-exited");
        }
        InputProblems problems = new InputProblems();
        EnrolmentRules.violations(e.getStartDate(), exit, LocalDate.now(clock))
                .forEach(v -> problems.add(v.field(), v.messageKey()));
        problems.throwIfAny();
        var before = e.auditSnapshot();
        e.exit(exit);
        return saveChanged(e, before);
    }

    /**
     * Records that consent was withdrawn: the enrolment ends that day with the reason "medgivande
     * återtaget" (added to the reasons if it had already ended). Returns the person's id, whose
     * data the participant module then makes anonymous for this enrolment.
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public long withdrawConsent(long enrolmentId, long version, LocalDate withdrawn) {
        Enrolment e = load(enrolmentId, version);
        if (e.getConsentWithdrawnDate() != null) {
            throw new InvalidInputException("consentWithdrawnDate", "enrolment.error.consent-already-withdrawn");
        }
        if (withdrawn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("consentWithdrawnDate", "enrolment.error.withdrawal-in-future");
        }
        var before = e.auditSnapshot();
        e.setConsentWithdrawnDate(withdrawn);
        if (e.getEndDate() == null) {
            LocalDate end = e.getStartDate() == null || withdrawn.isAfter(e.getStartDate()) ? withdrawn : e.getStartDate();
            if (e.getStartDate() == null) {
                // Never started: the referral closes, and no exit is counted.
                e.setDecision(Decision.EJ_AKTUELL, "Medgivande återtaget");
            } else {
                e.exit(new Exit(end, Set.of(ExitReasons.MEDGIVANDE_ATERTAGET), null, null, Set.of(), false));
            }
        } else {
            Set<String> reasons = new HashSet<>(e.getExitReasons());
            reasons.add(ExitReasons.MEDGIVANDE_ATERTAGET);
            e.exit(new Exit(e.getEndDate(), reasons, e.getExitOtherComment(), e.getOccupationAtExit(),
                    e.getSupportAfter(), e.isFollowUpWanted()));
        }
        saveChanged(e, before);
        return e.getPersonId();
    }

    /** Moves an enrolment whose consent was withdrawn to the anonymous record made for it. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public void moveToAnonymousPerson(long enrolmentId, long anonymousPersonId) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        requireOwnProgramme(e.getProgrammeId());
        if (e.getConsentWithdrawnDate() == null) {
            throw new AccessDeniedException("Only an enrolment without consent becomes anonymous");
        }
        long before = e.getPersonId();
        e.setPersonId(anonymousPersonId);
        enrolments.saveAndFlush(e);
        audit.recordChange(AuditAction.CHANGE, before, e.getId(),
                AuditService.changes(java.util.Map.of("person", before), java.util.Map.of("person", anonymousPersonId))
                        .orElseThrow());
    }

    /** Records a follow-up contact after the exit, within the follow-up year. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public FollowUpContact addFollowUp(long enrolmentId, LocalDate date, FollowUpContact.@Nullable Kind kind,
                                       @Nullable String note) {
        Enrolment e = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new InvalidInputException("id", "enrolment.error.not-found"));
        requireOwnProgramme(e.getProgrammeId());
        InputProblems problems = new InputProblems();
        problems.check("contactDate", EnrolmentRules.checkFollowUpContact(e.getEndDate(), e.isFollowUpWanted(), date,
                LocalDate.now(clock)));
        if (kind == null) {
            problems.add("kind", "error.required");
        }
        String n = problems.attempt(() -> se.samspar.base.TextInput.optional("note", note, FollowUpContact.NOTE_MAX));
        problems.throwIfAny();
        FollowUpContact saved = followUps.saveAndFlush(new FollowUpContact(enrolmentId, date, kind, n));
        audit.recordChange(AuditAction.CREATE, e.getPersonId(), enrolmentId, AuditService.values(
                java.util.Map.of("uppföljningskontakt", date, "sätt", kind, "anteckning", n == null ? "" : n)));
        return saved;
    }

    /** A person's enrolments in the user's programmes, newest first, with their follow-up contacts by date. */
    public record EnrolmentFile(List<Enrolment> enrolments, List<FollowUpContact> followUps) {
        public List<FollowUpContact> followUpsOf(long enrolmentId) {
            return followUps.stream().filter(f -> f.getEnrolmentId() == enrolmentId).toList();
        }
    }

    /**
     * The person's enrolments in the user's programmes and their follow-up contacts. The read is
     * recorded in the audit log as the given action (a plain view, or a search hit opened).
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public EnrolmentFile fileOf(long personId, AuditAction how) {
        Set<Long> own = currentUser.programmeIds();
        List<Enrolment> result = enrolments.findByPerson(personId).stream()
                .filter(e -> own.contains(e.getProgrammeId())).toList();
        // A person has a handful of enrolments: load their code sets for the caller's view.
        result.forEach(e -> {
            Hibernate.initialize(e.getSupportAtStart());
            Hibernate.initialize(e.getExitReasons());
            Hibernate.initialize(e.getSupportAfter());
        });
        List<Long> ids = result.stream().map(Enrolment::getId).toList();
        List<FollowUpContact> contacts = ids.isEmpty() ? List.of() : followUps.findByEnrolmentIdInOrderByContactDate(ids);
        audit.recordRead(how, personId, null, null);
        return new EnrolmentFile(result, contacts);
    }

    /** An enrolment that retention will make anonymous: it ended (or closed unstarted) on lastDate. */
    public record RetentionCandidate(long enrolmentId, long personId, long programmeId, LocalDate lastDate) {
    }

    /** The programme's enrolments that ended before the cut-off and are not yet anonymous. No personal data. */
    @Secured(Role.ROLE_ADMIN)
    public List<RetentionCandidate> dueForRetention(long programmeId, LocalDate cutoff) {
        return enrolments.findDueForRetention(programmeId, cutoff).stream()
                .map(r -> new RetentionCandidate(r.getEnrolmentId(), r.getPersonId(), programmeId, r.getLastDate()))
                .toList();
    }

    /**
     * Retention: the enrolment moves to an anonymous record (or stays on one) and loses its free
     * texts and follow-up notes; what the statistics need stays.
     */
    @Transactional
    @Secured(Role.ROLE_ADMIN)
    public void anonymiseForRetention(long enrolmentId, long anonymousPersonId) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        long before = e.getPersonId();
        e.anonymise(anonymousPersonId, LocalDate.now(clock));
        enrolments.saveAndFlush(e);
        followUps.clearNotes(enrolmentId);
        events.publishEvent(new EnrolmentAnonymised(enrolmentId));
        audit.recordChange(AuditAction.ANONYMISED, before, enrolmentId, AuditService.values(java.util.Map.of(
                "gallring", "fritexter och uppföljningsanteckningar raderade", "ny anonym post", anonymousPersonId)));
    }

    /** Whether the user may see the person: through an enrolment in one of their programmes. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public boolean canSeePerson(long personId) {
        Set<Long> own = currentUser.programmeIds();
        return !own.isEmpty() && enrolments.existsByPersonIdAndProgrammeIdIn(personId, own);
    }

    /** How many enrolments, in any programme, the person has (to know when no one needs the identity). */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL, Role.ROLE_ADMIN})
    public long countEnrolmentsOf(long personId) {
        return enrolments.countByPersonId(personId);
    }

    private Enrolment load(long id, long version) {
        Enrolment e = enrolments.findById(id).orElseThrow(() -> new InvalidInputException("id", "enrolment.error.not-found"));
        requireOwnProgramme(e.getProgrammeId());
        if (e.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Enrolment.class, id);
        }
        return e;
    }

    private void requireOwnProgramme(long programmeId) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
    }


    /** The shared text rule: no control or invisible characters, within the limit (refused, never cut). */
    private static void checkLength(String field, @Nullable String value, int max) {
        se.samspar.base.TextInput.optional(field, value, max);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return se.samspar.base.TextInput.stripped(s);
    }
}
