package se.samspar.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every session speaks Swedish and has the calm central error handler. */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setLocale(SWEDISH);
            e.getSession().setErrorHandler(new CalmErrorHandler());
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(SWEDISH));
    }
}
