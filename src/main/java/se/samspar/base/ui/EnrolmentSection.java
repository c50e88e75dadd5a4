package se.samspar.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to each started enrolment on the participant page (the
 * assessments of stegförflyttning), so that the participant module needs to know nothing of it.
 * A Spring bean; each call makes a new component.
 */
public interface EnrolmentSection {

    /** The section for the enrolment, or empty when the user has nothing to see there. */
    Optional<Component> create(long enrolmentId);
}
