package se.samspar.participant;

import static se.samspar.base.TextInput.optional;
import static se.samspar.base.TextInput.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.ContactRules;
import se.samspar.base.CurrentUser;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.StartData;

/**
 * Persons and their registration. Staff and coordinators see a person only through an enrolment
 * in one of their programmes; the board and the administrator see no personal data.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

    private static final int OLDEST_BIRTH_YEAR = 1900;

    private final PersonRepository persons;
    private final EnrolmentService enrolments;
    private final Clock clock;

    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ParticipantRows rows;

    PersonService(PersonRepository persons, EnrolmentService enrolments, CurrentUser currentUser, Clock clock,
                  AuditService audit, ParticipantRows rows) {
        this.persons = persons;
        this.rows = rows;
        this.audit = audit;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The outcome of a registration: the person's id, and whether the number was already there. */
    public record Registration(long personId, boolean existed) {
    }

    /**
     * Registers a person. A personnummer that is already registered is not registered twice: the
     * existing person is returned, to be enrolled or opened.
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Registration register(PersonDraft draft) {
        LocalDate today = LocalDate.now(clock);
        if (draft.anonymous()) {
            return created(persons.saveAndFlush(anonymous(draft, today)));
        }
        InputProblems problems = new InputProblems();
        Personnummer pnr = problems.attempt(() -> Personnummer.parse(draft.personnummer(), today));
        if (pnr != null) {
            var existing = persons.findByPersonnummer(pnr.value());
            if (existing.isPresent()) {
                return new Registration(existing.get().getId(), true);
            }
        }
        Details d = details(draft, problems);
        problems.throwIfAny();
        Person p = Person.identified(pnr, d.firstName(), d.lastName());
        p.setKommun(d.kommun());
        p.setPhone(d.phone());
        p.setEmail(d.email());
        p.setNote(d.note());
        return created(persons.saveAndFlush(p));
    }

    /** A person's details as stored: stripped, with blanks as null. */
    private record Details(String firstName, String lastName, @Nullable String kommun, @Nullable String phone,
                           @Nullable String email, @Nullable String note) {
    }

    /**
     * Checks every detail before any is refused, so that the form can mark all that is wrong at
     * once; the problems go into the collector.
     */
    private static Details details(PersonDraft draft, InputProblems problems) {
        String first = problems.attempt(() -> required("firstName", draft.firstName(), Person.NAME_MAX));
        String last = problems.attempt(() -> required("lastName", draft.lastName(), Person.NAME_MAX));
        String kommun = problems.attempt(() -> optional("kommun", draft.kommun(), Person.KOMMUN_MAX));
        String phone = problems.attempt(() -> optional("phone", draft.phone(), Person.PHONE_MAX));
        String email = problems.attempt(() -> optional("email", draft.email(), Person.EMAIL_MAX));
        problems.check("email", ContactRules.checkEmail(email));
        String note = problems.attempt(() -> optional("note", draft.note(), Person.NOTE_MAX));
        return new Details(first, last, kommun, phone, email, note);
    }

    private Registration created(Person p) {
        audit.recordChange(AuditAction.CREATE, p.getId(), null, AuditService.values(p.auditSnapshot()));
        return new Registration(p.getId(), false);
    }

    private static Person anonymous(PersonDraft draft, LocalDate today) {
        if (draft.personnummer() != null && !draft.personnummer().isBlank()
                || draft.firstName() != null && !draft.firstName().isBlank()
                || draft.lastName() != null && !draft.lastName().isBlank()
                || draft.phone() != null && !draft.phone().isBlank()
                || draft.email() != null && !draft.email().isBlank()
                || draft.note() != null && !draft.note().isBlank()) {
            throw new InvalidInputException("anonymous", "person.error.anonymous-with-identity");
        }
        InputProblems problems = new InputProblems();
        if (draft.kon() == null) {
            problems.add("kon", "error.required");
        }
        if (draft.birthYear() == null || draft.birthYear() < OLDEST_BIRTH_YEAR || draft.birthYear() > today.getYear()) {
            problems.add("birthYear", "person.error.birth-year");
        }
        String kommun = problems.attempt(() -> optional("kommun", draft.kommun(), Person.KOMMUN_MAX));
        problems.throwIfAny();
        return Person.anonymous(draft.kon(), draft.birthYear(), kommun);
    }

    /**
     * What to look for in the participant list; empty parts do not filter.
     *
     * @param status today's status, as {@link se.samspar.enrolment.EnrolmentStatus} derives it
     * @param mine only enrolments where the user is a contact person
     */
    public record ParticipantSearch(String text, @Nullable Long programmeId,
                                    se.samspar.enrolment.@Nullable EnrolmentStatus status, boolean mine,
                                    @Nullable Long contactPersonId) {
        public ParticipantSearch(String text, @Nullable Long programmeId,
                                 se.samspar.enrolment.@Nullable EnrolmentStatus status, boolean mine) {
            this(text, programmeId, status, mine, null);
        }

        public static ParticipantSearch text(String text) {
            return new ParticipantSearch(text, null, null, false, null);
        }
    }

    /** Sort key for newest referral first; any other order is by name. */
    public static final String SORT_REFERRAL = "referralDate";

    /** A page of the enrolments in the user's programmes, searched by name or personnummer (any part). */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Slice<ParticipantRow> search(String text, Pageable pageable) {
        return search(ParticipantSearch.text(text), pageable);
    }

    /**
     * A page of the enrolments in the user's programmes matching the search, sorted by name, or
     * newest referral first when the page asks for {@link #SORT_REFERRAL}.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Slice<ParticipantRow> search(ParticipantSearch search, Pageable pageable) {
        String text = search.text();
        Set<Long> own = currentUser.programmeIds();
        if (own.isEmpty()) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        String t = personnummerOrText(text, LocalDate.now(clock));
        long contactId = search.contactPersonId() == null ? 0 : search.contactPersonId();
        if (search.mine()) {
            contactId = currentUser.userId().orElse(-1L);
        }
        LocalDate today = LocalDate.now(clock);
        long programmeId = search.programmeId() == null ? 0 : search.programmeId();
        String status = search.status() == null ? "" : search.status().name();
        LocalDate followUpFrom = today.minusMonths(se.samspar.enrolment.EnrolmentStatus.FOLLOW_UP_MONTHS);
        boolean newestFirst = pageable.getSort().stream().anyMatch(o -> o.getProperty().equals(SORT_REFERRAL));
        Slice<ParticipantRow> result = rows.search(newestFirst, own, t, programmeId, contactId, status, today,
                followUpFrom, pageable);
        if (pageable.getPageNumber() == 0) {
            // One entry per search, not per page scrolled: the first page is where every search starts.
            java.util.Map<String, Object> what = new java.util.LinkedHashMap<>();
            what.put("text", t);
            what.put("program", programmeId == 0 ? "" : programmeId);
            what.put("status", status);
            what.put("mina", search.mine() ? "ja" : "nej");
            what.put("träffar på första sidan", result.getNumberOfElements());
            audit.recordRead(AuditAction.SEARCH, null, null, AuditService.values(what));
        }
        return result;
    }

    /**
     * The search text as matched: a whole personnummer or samordningsnummer in any common form
     * (12 or 10 digits, with or without dash, plus or space) as it is stored, "19980101-9804";
     * anything else lower-cased, without the LIKE wildcards.
     */
    static String personnummerOrText(@Nullable String text, LocalDate today) {
        String t = text == null ? "" : text.strip();
        if (t.replaceAll("[\\s+-]", "").matches("\\d{10}|\\d{12}")) {
            try {
                return Personnummer.parse(t, today).value();
            } catch (InvalidInputException notANumber) {
                // Ten or twelve digits that are no valid number: searched for as typed.
            }
        }
        return t.toLowerCase().replace("%", "").replace("_", "");
    }

    /**
     * Registers a person and refers them to one of the user's programmes in one step: staff see
     * a person only through an enrolment in their programmes. All or nothing.
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Registration registerAndRefer(PersonDraft person, EnrolmentDraft referral) {
        // The referral's own fields are refused together with the person's.
        InputProblems problems = new InputProblems();
        problems.check("referralDate", se.samspar.enrolment.EnrolmentRules.checkReferralDate(referral.referralDate(),
                LocalDate.now(clock)));
        Registration r = problems.attempt(() -> register(person));
        problems.throwIfAny();
        enrol(r.personId(), referral);
        return r;
    }

    /**
     * The given enrolments in the user's programmes with their persons, for a list the user works
     * through (a group's attendance). Each person shown is recorded in the audit log, with the purpose.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<ParticipantRow> enrolments(java.util.Collection<Long> enrolmentIds, String purpose) {
        Set<Long> own = currentUser.programmeIds();
        if (enrolmentIds.isEmpty() || own.isEmpty()) {
            return List.of();
        }
        List<ParticipantRow> rows = persons.findRowsByEnrolmentIds(enrolmentIds).stream()
                .map(PersonRepository.ParticipantRowView::toRow).filter(r -> own.contains(r.programmeId())).toList();
        rows.forEach(r -> audit.recordRead(AuditAction.VIEW, r.personId(), r.enrolmentId(), purpose));
        return rows;
    }

    /**
     * Who can join a group of the programme on the day: its accepted enrolments not ended before
     * it. Recorded in the audit log as a search.
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<ParticipantRow> acceptedIn(long programmeId, LocalDate day) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
        List<ParticipantRow> rows = persons.findAcceptedInProgramme(programmeId, day).stream()
                .map(PersonRepository.ParticipantRowView::toRow).toList();
        audit.recordRead(AuditAction.SEARCH, null, null, AuditService.values(java.util.Map.of(
                "antagna i program", programmeId, "träffar", rows.size())));
        return rows;
    }

    /** What the participant page shows: the person, their enrolments in the user's programmes and follow-ups. */
    public record ParticipantFile(Person person, List<Enrolment> enrolments, List<se.samspar.enrolment.FollowUpContact> followUps) {
        public List<se.samspar.enrolment.FollowUpContact> followUpsOf(long enrolmentId) {
            return followUps.stream().filter(f -> f.getEnrolmentId() == enrolmentId).toList();
        }
    }

    /**
     * Opens a person's file, if the user may see them; the read is recorded in the audit log, as
     * is a refusal.
     *
     * @param fromSearch whether the user opened the person from a search hit
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public ParticipantFile open(long personId, boolean fromSearch) {
        Person p = get(personId);
        EnrolmentService.EnrolmentFile file = enrolments.fileOf(personId,
                fromSearch ? AuditAction.SEARCH_HIT_OPENED : AuditAction.VIEW);
        return new ParticipantFile(p, file.enrolments(), file.followUps());
    }

    private Person get(long personId) {
        if (!enrolments.canSeePerson(personId)) {
            audit.recordRead(AuditAction.REFUSED, personId, null, null);
            throw new AccessDeniedException("Person " + personId + " has no enrolment in the user's programmes");
        }
        return persons.findById(personId).orElseThrow(() -> new InvalidInputException("id", "person.error.not-found"));
    }

    /** Changes an identified person's name and contact details (an anonymous person has none). */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Person updateDetails(long personId, long version, PersonDraft details) {
        Person p = get(personId);
        if (p.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Person.class, personId);
        }
        if (p.isAnonymous()) {
            throw new InvalidInputException("anonymous", "person.error.anonymous-with-identity");
        }
        var before = p.auditSnapshot();
        InputProblems problems = new InputProblems();
        Details checked = details(details, problems);
        problems.throwIfAny();
        p.rename(checked.firstName(), checked.lastName());
        p.setKommun(checked.kommun());
        p.setPhone(checked.phone());
        p.setEmail(checked.email());
        p.setNote(checked.note());
        Person saved = persons.saveAndFlush(p);
        AuditService.changes(before, saved.auditSnapshot())
                .ifPresent(d -> audit.recordChange(AuditAction.CHANGE, personId, null, d));
        return saved;
    }

    /** Enrols a registered person in one of the user's programmes. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Enrolment enrol(long personId, EnrolmentDraft draft) {
        Person p = persons.findById(personId).orElseThrow(() -> new InvalidInputException("id", "person.error.not-found"));
        return enrolments.enrol(personId, new EnrolmentService.PersonAge(p.getBirthDate(), p.getBirthYear()), draft);
    }

    /** The decision and start of an enrolment of the person's, checked against their age. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Enrolment decide(long personId, long enrolmentId, long version, StartData data) {
        Person p = get(personId);
        return enrolments.decide(enrolmentId, version, new EnrolmentService.PersonAge(p.getBirthDate(), p.getBirthYear()),
                p.isAnonymous(), data);
    }

    /**
     * Consent withdrawn for one enrolment: it ends with "medgivande återtaget" and moves to an
     * anonymous record (kön, birth year, kommun). When no other enrolment needs the identity,
     * the person's identifying data is erased as well. All or nothing.
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public void withdrawConsent(long enrolmentId, long version, LocalDate withdrawn) {
        long personId = enrolments.withdrawConsent(enrolmentId, version, withdrawn);
        Person person = persons.findById(personId).orElseThrow();
        if (person.isAnonymous()) {
            return;
        }
        Person anonymousCopy = persons.saveAndFlush(
                Person.anonymous(person.getKon(), person.getBirthYear(), person.getKommun()));
        enrolments.moveToAnonymousPerson(enrolmentId, anonymousCopy.getId());
        audit.recordChange(AuditAction.CREATE, anonymousCopy.getId(), enrolmentId,
                AuditService.values(anonymousCopy.auditSnapshot()));
        if (enrolments.countEnrolmentsOf(personId) == 0) {
            erase(person);
        }
    }

    /**
     * Erases the person's identity. The audit entry names the erased fields, not their values: the
     * log must not keep what the person asked to have removed.
     */
    void erase(Person person) {
        var before = person.auditSnapshot();
        person.anonymise();
        persons.saveAndFlush(person);
        var after = person.auditSnapshot();
        List<String> erased = before.keySet().stream()
                .filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).toList();
        audit.recordChange(AuditAction.ANONYMISED, person.getId(), null,
                AuditService.values(java.util.Map.of("raderade fält", String.join(", ", erased))));
    }
}
