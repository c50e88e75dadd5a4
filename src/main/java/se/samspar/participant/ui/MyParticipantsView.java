package se.samspar.participant.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import se.samspar.base.Role;
import se.samspar.codelist.CodeListService;
import se.samspar.enrolment.EnrolmentStatus;
import se.samspar.participant.EarlyWarningService;
import se.samspar.participant.PersonService;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;

/**
 * "Mina deltagare": the active participants the user is a contact person for, and above them
 * those to look after (early warning) and, from other modules, the assessments to make.
 */
@Route("mina-deltagare")
@Menu(order = 4, title = "menu.my-participants", icon = "vaadin:user-heart")
@RolesAllowed({Role.SAMORDNARE_NAME, Role.PERSONAL_NAME})
public class MyParticipantsView extends ParticipantListView {

    final EarlyWarningList warningList;

    MyParticipantsView(PersonService persons, ProgrammeService programmes, CodeListService codes,
                       se.samspar.security.UserService users, Clock clock,
                       @Value("${samspar.forbund.municipalities:}") String[] municipalities,
                       EarlyWarningService warnings,
                       org.springframework.beans.factory.ObjectProvider<se.samspar.base.ui.MyParticipantsSection> boxes) {
        super(persons, programmes, codes, users, clock, municipalities);
        mine.setValue(true);
        status.setValue(EnrolmentStatus.AKTIV);
        Map<Long, String> names = programmes.visibleProgrammes().stream()
                .collect(Collectors.toMap(Programme::getId, Programme::getName));
        warningList = new EarlyWarningList(warnings.forMyParticipants(), names);
        addComponentAsFirst(warningList);
        // Other modules' boxes (assessments to make) under the early warning, in bean order.
        int at = 1;
        for (se.samspar.base.ui.MyParticipantsSection box : boxes.orderedStream().toList()) {
            var component = box.create();
            if (component.isPresent()) {
                addComponentAtIndex(at++, component.get());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-participants");
    }
}
