package se.samspar.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A box another module adds to the top of "Mina deltagare" (the assessments to make), beside the
 * participants to look after. A Spring bean; each call makes a new component.
 */
public interface MyParticipantsSection {

    /** The box for the current user, or empty when there is nothing for them. */
    Optional<Component> create();
}
