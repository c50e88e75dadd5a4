package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/** Registrations made through the services come out as the report's figures. */
class ReportServiceTest extends ReportTestSupport {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long programmeId;
    private String coordinator;
    private String staff;

    @BeforeEach
    void programme() {
        programmeId = newProgramme("Rapportprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 12);
        coordinator = newCoordinator("Rut Rapport", programmeId)[0];
        staff = newStaff("Pål Period", programmeId)[0];
    }

    /** Of the age on the exit day; those who exit for illness want follow-up. */
    private Enrolment participant(int age, Kon kon, String education, Set<String> support, int years, String exitReason) {
        Enrolment e = enrol(programmeId, staff, age, kon, START, education, support, years, null);
        if (exitReason != null) {
            exit(e, exitReason, ExitReasons.SJUKDOM.equals(exitReason));
        }
        return e;
    }

    @Test
    void the_figures_of_a_period_come_from_the_registrations_and_wrong_ones_never_count() {
        Enrolment ill = participant(23, Kon.KVINNA, "GRUNDSKOLA", Set.of("FORSORJNINGSSTOD", "AKTIVITETSSTOD"),
                3, ExitReasons.SJUKDOM);
        // The one who wanted follow-up had a follow-up contact in March 2019.
        enrolments.addFollowUp(ill.getId(), LocalDate.of(2019, 3, 4),
                se.samspar.enrolment.FollowUpContact.Kind.TELEFON, null);
        participant(38, Kon.MAN, "HOGSKOLA", Set.of("A_KASSA"), 12,
                ExitReasons.FORTSATT_REHABILITERING);
        participant(48, Kon.KVINNA, "GYMNASIUM", Set.of("SJUKPENNING"), 6, null);
        participant(28, Kon.MAN, "GYMNASIUM", Set.of("INGEN"), 1, ExitReasons.FELREGISTRERING);

        loginAs(coordinator, Role.SAMORDNARE);
        ReportService.Figures f = reports.figures(programmeId, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31),
                true);
        assertThat(f.capacity()).as("no follow-up contact yet").isEqualTo(new ReportFigures.Capacity(12, 0, 0));
        assertThat(f.places().started()).isEqualTo(3);
        assertThat(f.places().exited()).isEqualTo(2);
        assertThat(f.places().activeAtEnd()).isEqualTo(1);
        assertThat(f.previous()).get().extracting(b -> b.places().activeDuring()).isEqualTo(0);
        assertThat(f.targetGroup().women()).isEqualTo(1);
        assertThat(f.targetGroup().men()).isEqualTo(1);
        assertThat(f.targetGroup().ageBands()).containsExactly(1, 1, 0, 0);
        assertThat(f.targetGroup().education()).as("every code in the list's order").containsExactly(
                Map.entry("GRUNDSKOLA", 1), Map.entry("GYMNASIUM", 0), Map.entry("HOGSKOLA", 1),
                Map.entry("ANNAN_EFTERGYMNASIAL", 0), Map.entry("OKAND", 0));
        assertThat(f.targetGroup().meanYearsUnderNine()).contains(new BigDecimal("3.0"));
        assertThat(f.targetGroup().nineYearsOrMore()).isEqualTo(1);
        assertThat(f.targetGroup().supportMentions()).isEqualTo(3);
        assertThat(f.exitReasons()).isEqualTo(Map.of(ExitReasons.SJUKDOM, 1, ExitReasons.FORTSATT_REHABILITERING, 1));
        assertThat(f.empty()).isFalse();

        ReportService.Figures none = reports.figures(programmeId, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30),
                false);
        assertThat(none.empty()).as("a period without data is a report that says so").isTrue();
        assertThat(reports.figures(programmeId, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31), false).capacity()
                .followUpUsed()).as("a follow-up contact in the period").isEqualTo(1);
        assertThat(reports.figures(programmeId, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30), false).capacity()
                .followUpUsed()).as("follow-up wanted but no contact in the period").isZero();
        assertThat(none.previous()).isEmpty();
    }

    @Test
    void a_period_ending_before_it_starts_and_another_programme_are_refused() {
        loginAs(coordinator, Role.SAMORDNARE);
        assertThatThrownBy(() -> reports.figures(programmeId, LocalDate.of(2018, 12, 31), LocalDate.of(2018, 10, 1),
                false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.period"));
        long other = newProgramme("Annat program", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5);
        loginAs(coordinator, Role.SAMORDNARE);
        assertThatThrownBy(() -> reports.figures(other, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_publication_that_fails_leaves_no_archive_entry_and_the_draft_still_unpublished() {
        participant(23, Kon.KVINNA, "GRUNDSKOLA", Set.of("AKTIVITETSSTOD"), 3,
                ExitReasons.SJUKDOM);
        loginAs(coordinator, Role.SAMORDNARE);
        ReportDraft draft = reports.createDraft(programmeId, ReportKind.HELAR, LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        // Someone else's version 1 lands between reading the last version and storing ours.
        jdbc.update("""
                INSERT INTO published_report (programme_id, programme_name, kind, period_from, period_to, version_no,
                  author, author_name, published_at, sha256, size_bytes, pdf)
                VALUES (?, 'x', 'HELAR', '2018-01-01', '2018-12-31', 1, 'other', 'Other', NOW(), ?, 1, X'25')""",
                programmeId, "0".repeat(64));
        jdbc.update("CREATE TRIGGER published_report_race BEFORE INSERT ON published_report FOR EACH ROW "
                + "SET NEW.version_no = 1");
        try {
            assertThatThrownBy(() -> reports.publish(draft.getId(), draft.getVersion()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("report.error.published-meanwhile"));
        } finally {
            jdbc.update("DROP TRIGGER published_report_race");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM published_report WHERE programme_id = ?", Integer.class,
                programmeId)).isEqualTo(1);
        ReportDraft after = reports.draft(draft.getId());
        assertThat(after.isChangedSincePublish()).isTrue();
        assertThat(after.getPublishedVersion()).isNull();
        assertThat(reports.publish(after.getId(), after.getVersion()).getVersionNo()).as("the next try works").isEqualTo(2);
    }

    @Test
    void two_people_saving_the_same_draft_the_second_is_told_and_too_long_texts_are_refused_whole() {
        loginAs(coordinator, Role.SAMORDNARE);
        ReportDraft draft = reports.createDraft(programmeId, ReportKind.DELAR, LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 6, 30));
        DraftContent c = draft.content();
        DraftContent edited = new DraftContent(c.kind(), c.from(), c.to(), true, new DraftContent.Texts("Syfte",
                null, null, null, null, "Första"), List.of(), "Vänersborg", null, null);
        reports.saveDraft(draft.getId(), draft.getVersion(), edited);
        assertThatThrownBy(() -> reports.saveDraft(draft.getId(), draft.getVersion(), c))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);

        ReportDraft now = reports.draft(draft.getId());
        DraftContent tooLong = new DraftContent(c.kind(), c.from(), c.to(), false, new DraftContent.Texts("Nytt syfte",
                null, "x".repeat(DraftContent.SECTION_MAX + 1), null, null, null), List.of(), null, null, null);
        assertThatThrownBy(() -> reports.saveDraft(now.getId(), now.getVersion(), tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("methodDevelopment"));
        assertThat(reports.draft(draft.getId()).content()).as("nothing half-saved").isEqualTo(edited);
    }
}
