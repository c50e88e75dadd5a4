package se.samspar.headcount;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.CurrentUser;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;

/** Headcount registrations for the user's programmes that keep numbers only. */
@Service
@Transactional(readOnly = true)
public class HeadcountService {

    private final HeadcountRepository headcounts;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final Clock clock;

    HeadcountService(HeadcountRepository headcounts, ProgrammeService programmes, CurrentUser currentUser, Clock clock) {
        this.headcounts = headcounts;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Headcount register(long programmeId, @Nullable LocalDate date, @Nullable String activity,
                              @Nullable String ageBand, @Nullable Integer women, @Nullable Integer men) {
        requireHeadcountProgramme(programmeId);
        // Every field is checked before refusing, so that the form marks all that is wrong at once.
        InputProblems problems = new InputProblems();
        problems.check("date", HeadcountRules.checkDate(date, LocalDate.now(clock)));
        problems.check("women", HeadcountRules.checkCount(women));
        problems.check("men", HeadcountRules.checkCount(men));
        if (women != null && men != null) {
            problems.check("men", HeadcountRules.checkTotal(women, men));
        }
        String a = activity == null || activity.isBlank() ? null : activity.strip();
        if (a != null && a.length() > Headcount.ACTIVITY_MAX) {
            problems.add("activity", "error.too-long");
        }
        if (ageBand != null && !HeadcountRules.AGE_BANDS.contains(ageBand)) {
            problems.add("ageBand", "headcount.error.age-band");
        }
        problems.throwIfAny();
        return headcounts.saveAndFlush(new Headcount(programmeId, date, a, ageBand, women, men));
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<Headcount> list(long programmeId, LocalDate from, LocalDate to) {
        requireOwn(programmeId);
        return headcounts.findByProgrammeIdAndDateBetweenOrderByDateDesc(programmeId, from, to);
    }

    /** The user's programmes that keep headcounts. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<se.samspar.programme.Programme> headcountProgrammes() {
        return programmes.visibleProgrammes().stream().filter(p -> p.getKind() != ProgrammeKind.INDIVIDUAL).toList();
    }

    private void requireHeadcountProgramme(long programmeId) {
        requireOwn(programmeId);
        if (headcountProgrammes().stream().noneMatch(p -> p.getId() == programmeId)) {
            throw new InvalidInputException("programmeId", "headcount.error.not-headcount-programme");
        }
    }

    private void requireOwn(long programmeId) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
    }

}
