package se.samspar.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CurrentUser;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Paging;
import se.samspar.base.Role;

/**
 * The only door to programmes and their places. ADMIN manages every programme; a SAMORDNARE
 * edits the settings and places of the programmes they coordinate; every role may read the
 * programmes it sees (programme settings hold no personal data).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final PlaceAllocationRepository allocations;
    private final CurrentUser currentUser;

    private final org.springframework.context.ApplicationEventPublisher events;

    ProgrammeService(ProgrammeRepository programmes, PlaceAllocationRepository allocations, CurrentUser currentUser,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.programmes = programmes;
        this.allocations = allocations;
        this.currentUser = currentUser;
    }

    /** A page of the programmes the user sees whose name contains the filter. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public Slice<Programme> list(String filter, Pageable pageable) {
        String f = filter == null ? "" : filter.strip();
        Pageable page = Paging.sortedByDefault(pageable, "name");
        if (currentUser.seesAllProgrammes()) {
            return programmes.findByNameContaining(f, page);
        }
        return programmes.findByIdInAndNameContaining(currentUser.programmeIds(), f, page);
    }

    /** Every programme, for choosing a user's programmes. */
    @Secured(Role.ROLE_ADMIN)
    public List<Programme> all() {
        return programmes.findAllByOrderByNameAsc();
    }

    /** The programmes the current user sees, by name. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<Programme> visibleProgrammes() {
        return currentUser.seesAllProgrammes()
                ? programmes.findAllByOrderByNameAsc()
                : programmes.findByIdInOrderByNameAsc(currentUser.programmeIds());
    }

    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public Programme get(long id) {
        requireVisible(id);
        Programme programme = programmes.findById(id)
                .orElseThrow(() -> new InvalidInputException("id", "programme.error.not-found"));
        Hibernate.initialize(programme.getMunicipalities());
        return programme;
    }

    /** Whether another programme already has this name (names are unique, case ignored). */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public boolean isNameTaken(String name, @Nullable Long exceptId) {
        String n = name == null ? "" : name.strip();
        return exceptId == null ? programmes.existsByNameIgnoreCase(n)
                : programmes.existsByNameIgnoreCaseAndIdNot(n, exceptId);
    }

    /**
     * Creates (ADMIN) or updates (ADMIN, or the programme's SAMORDNARE) a programme.
     *
     * @throws InvalidInputException for a broken rule or a taken name, naming the field
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone else
     *         saved the programme since it was read
     */
    @Transactional
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public Programme save(Programme programme) {
        if (programme.isNew()) {
            requireRole(Role.ADMIN);
        } else {
            requireEditable(programme.getId());
        }
        programme.setName(programme.getName() == null ? "" : programme.getName().strip());
        List<ProgrammeRules.Violation> violations = ProgrammeRules.validate(programme);
        if (!violations.isEmpty()) {
            throw violations.getFirst().toException();
        }
        programme.setReportAgeBands(ReportLayout.normalise(programme.getReportAgeBands(), ReportLayout.AGE_MAX));
        programme.setReportYearBands(ReportLayout.normalise(programme.getReportYearBands(), ReportLayout.YEARS_MAX));
        programme.setReportTimeBands(ReportLayout.normalise(programme.getReportTimeBands(), ReportLayout.MONTHS_MAX));
        if (isNameTaken(programme.getName(), programme.getId())) {
            throw new InvalidInputException("name", "programme.error.name-taken");
        }
        boolean created = programme.isNew();
        try {
            Programme saved = programmes.saveAndFlush(programme);
            Hibernate.initialize(saved.getMunicipalities());
            if (created) {
                events.publishEvent(new ProgrammeCreated(saved.getId(), saved.getKind()));
            }
            return saved;
        } catch (DataIntegrityViolationException e) {
            // Two people created the same name at once: the unique index decides.
            throw new InvalidInputException("name", "programme.error.name-taken");
        }
    }

    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public List<PlaceAllocation> places(long programmeId) {
        requireVisible(programmeId);
        return allocations.findByProgramme(programmeId);
    }

    @Transactional
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public PlaceAllocation savePlaces(PlaceAllocation allocation) {
        requireEditable(allocation.getProgramme().getId());
        allocation.setLabel(allocation.getLabel() == null ? "" : allocation.getLabel().strip());
        List<ProgrammeRules.Violation> violations = ProgrammeRules.validate(allocation);
        if (!violations.isEmpty()) {
            throw violations.getFirst().toException();
        }
        return allocations.saveAndFlush(allocation);
    }

    @Transactional
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE})
    public void deletePlaces(PlaceAllocation allocation) {
        requireEditable(allocation.getProgramme().getId());
        allocations.delete(allocation);
    }

    /** The places of every programme the user sees that runs on the given day. */
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<PlacesSummary> placesOn(LocalDate day) {
        List<Programme> visible = visibleProgrammes().stream().filter(p -> p.isActiveOn(day)).toList();
        Map<Long, List<PlaceAllocation>> byProgramme = allocations
                .findByProgrammeIds(visible.stream().map(Programme::getId).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.getProgramme().getId()));
        List<PlacesSummary> result = new ArrayList<>();
        for (Programme p : visible) {
            result.add(PlacesSummary.of(p.getId(), p.getName(), day, byProgramme.getOrDefault(p.getId(), List.of())));
        }
        result.sort(Comparator.comparing(PlacesSummary::programmeName));
        return result;
    }

    /** The settings an enrolment is checked against: age limits and the budgeted places on a day. */
    public record EnrolmentLimits(@Nullable Integer minAge, @Nullable Integer maxAge, int budgetedPlaces) {
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public EnrolmentLimits enrolmentLimits(long programmeId, LocalDate day) {
        requireVisible(programmeId);
        Programme p = programmes.findById(programmeId)
                .orElseThrow(() -> new InvalidInputException("programmeId", "programme.error.not-found"));
        PlacesSummary places = PlacesSummary.of(programmeId, p.getName(), day, allocations.findByProgramme(programmeId));
        return new EnrolmentLimits(p.getMinAge(), p.getMaxAge(), places.budgeted());
    }

    /** Whether the current user may change the programme's settings and places. */
    public boolean canEdit(@Nullable Long programmeId) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return programmeId != null && currentUser.hasRole(Role.SAMORDNARE)
                && currentUser.programmeIds().contains(programmeId);
    }

    private void requireRole(Role role) {
        if (!currentUser.hasRole(role)) {
            throw new AccessDeniedException("Requires " + role);
        }
    }

    private void requireVisible(long programmeId) {
        if (!currentUser.canSeeProgramme(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
    }

    private void requireEditable(@Nullable Long programmeId) {
        if (!canEdit(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not editable by the user");
        }
    }
}
