package se.samspar.assessment.ui;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samspar.assessment.AssessmentService;
import se.samspar.base.CurrentUser;
import se.samspar.base.ui.EnrolmentSection;

/** Adds "Stegförflyttning" to each started enrolment on the participant page, for the programme's staff. */
@Component
class AssessmentSectionMaker implements EnrolmentSection {

    private final AssessmentService service;
    private final CurrentUser currentUser;

    AssessmentSectionMaker(AssessmentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long enrolmentId) {
        if (!currentUser.isStaff()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AssessmentSection(service, enrolmentId));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
