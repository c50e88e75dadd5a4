package se.samspar.participant.ui;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samspar.base.CurrentUser;
import se.samspar.base.ui.ProgrammeSection;
import se.samspar.participant.EarlyWarningService;

/** The programme page's participants to look after, for the programme's own staff and coordinators. */
@Component
class EarlyWarningSection implements ProgrammeSection {

    private final EarlyWarningService warnings;
    private final CurrentUser currentUser;

    EarlyWarningSection(EarlyWarningService warnings, CurrentUser currentUser) {
        this.warnings = warnings;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long programmeId) {
        boolean staff = currentUser.isStaff();
        if (!staff || !currentUser.programmeIds().contains(programmeId)) {
            return Optional.empty();
        }
        var flags = warnings.forProgramme(programmeId);
        return flags.isEmpty() ? Optional.empty() : Optional.of(new EarlyWarningList(flags, Map.of()));
    }
}
