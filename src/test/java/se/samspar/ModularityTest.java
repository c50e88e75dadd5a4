package se.samspar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void feature_modules_only_use_each_others_public_api_and_form_no_cycles() {
        ApplicationModules.of(SamsparApplication.class).verify();
    }
}
