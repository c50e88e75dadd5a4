package se.samspar.participant.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.FollowUpContact;

/**
 * One enrolment's story on the participant page, oldest first: referral, decision, consent,
 * start with its start data, contact persons and years in support, exit, follow-ups.
 */
class EnrolmentTimeline extends OrderedList {

    /** The code lists' labels (code → label) and the names of the programme's staff by id. */
    record Labels(Map<String, String> partners, Map<String, String> educations, Map<String, String> supports,
                  Map<String, String> exitReasons, Map<Long, String> staff) {
    }

    private final Labels labels;

    EnrolmentTimeline(Enrolment e, List<FollowUpContact> followUps, Labels labels) {
        this.labels = labels;
        addClassName("timeline");
        event(e.getReferralDate(), getTranslation("timeline.referred") + partner(e.getReferringPartner())
                + (e.getHandlaggareName() == null ? "" : " (" + e.getHandlaggareName() + ")"));
        if (e.getDecision() != null) {
            String decision = getTranslation("timeline.decision", getTranslation(e.getDecision().translationKey()));
            event(null, e.getDecisionReason() == null ? decision : decision + ": " + e.getDecisionReason());
        }
        if (e.getConsentGivenDate() != null) {
            event(e.getConsentGivenDate(), getTranslation(e.isConsentWritten()
                    ? "timeline.consent-written" : "timeline.consent"));
        }
        if (e.getStartDate() != null) {
            event(e.getStartDate(), getTranslation("timeline.started") + startData(e));
            String contacts = Stream.of(e.getContactPerson1Id(), e.getContactPerson2Id())
                    .filter(java.util.Objects::nonNull)
                    .map(id -> labels.staff().getOrDefault(id, getTranslation("timeline.former-staff")))
                    .collect(Collectors.joining(", "));
            if (!contacts.isEmpty()) {
                event(null, getTranslation("timeline.contacts", contacts));
            }
            if (e.getYearsInSupport() != null) {
                event(null, getTranslation("timeline.years-in-support", e.getYearsInSupport()));
            }
            if (e.getOverBudgetReason() != null) {
                event(null, getTranslation("timeline.over-budget", e.getOverBudgetReason()));
            }
            if (e.getAgeOverrideReason() != null) {
                event(null, getTranslation("timeline.age-override", e.getAgeOverrideReason()));
            }
        }
        if (e.getEndDate() != null) {
            String reasons = e.getExitReasons().stream().map(c -> labels.exitReasons().getOrDefault(c, c)).sorted()
                    .collect(Collectors.joining(", "));
            event(e.getEndDate(), getTranslation("timeline.exited", reasons)
                    + (e.getExitOtherComment() == null ? "" : " (" + e.getExitOtherComment() + ")"));
        }
        for (FollowUpContact f : followUps) {
            event(f.getContactDate(), getTranslation("timeline.follow-up",
                    getTranslation(f.getKind().translationKey())) + (f.getNote() == null ? "" : ": " + f.getNote()));
        }
        if (e.getConsentWithdrawnDate() != null) {
            event(e.getConsentWithdrawnDate(), getTranslation("timeline.consent-withdrawn"));
        }
    }

    private void event(@Nullable LocalDate date, String text) {
        ListItem item = new ListItem();
        if (date != null) {
            Span d = new Span(date.toString());
            d.addClassName("timeline-date");
            item.add(d);
        }
        item.add(new Span(text));
        add(item);
    }

    private String partner(@Nullable String code) {
        return code == null ? "" : " " + getTranslation("timeline.by", labels.partners().getOrDefault(code, code));
    }

    private String startData(Enrolment e) {
        List<String> parts = new ArrayList<>();
        if (e.getEducation() != null) {
            parts.add(labels.educations().getOrDefault(e.getEducation(), e.getEducation()));
        }
        e.getSupportAtStart().stream().map(c -> labels.supports().getOrDefault(c, c)).sorted().forEach(parts::add);
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }
}
