package se.samspar.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to a programme's page (the participants to look after), so that
 * the programme module needs to know nothing of participants. A Spring bean; each call makes a
 * new component.
 */
public interface ProgrammeSection {

    /** The section for the programme, or empty when the user has nothing to see there. */
    Optional<Component> create(long programmeId);
}
