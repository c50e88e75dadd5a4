package se.samspar;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Samspår: participant management and reports for a samordningsförbund. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/samspar.css")
public class SamsparApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SamsparApplication.class, args);
    }
}
