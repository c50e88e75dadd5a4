package se.samspar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every translation key the code names exists in the Swedish bundle. */
class I18nBundleTest {

    // getTranslation("key"), translate("key"), Optional.of("a.key"), new Violation("f", "a.key"),
    // @Menu(title = "menu.x"), InvalidInputException("f", "a.key"): quoted strings shaped like keys.
    private static final Pattern KEY = Pattern.compile(
            "(?<!getProperty\\()\"((?:app|action|menu|role|login|error|home|programme|places|user|kon|person|decision|enrolment|participant|timeline|start|exit|consent|usage|follow-up|headcount|codelist|audit|retention|password|second-factor|account|session|attendance|group|calendar|series|registers|questionnaire|kiosk|report|archive|statistics|key-figures|import|export|extract|assessment)\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void every_key_used_in_the_code_has_a_swedish_text() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = KEY.matcher(source);
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys without a Swedish text").isEmpty();
    }

    @Test
    void every_role_kind_status_and_decision_has_a_swedish_name() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (se.samspar.base.Role r : se.samspar.base.Role.values()) {
            assertThat(bundle).containsKey(r.translationKey());
        }
        for (se.samspar.programme.ProgrammeKind k : se.samspar.programme.ProgrammeKind.values()) {
            assertThat(bundle).containsKey(k.translationKey());
        }
        for (se.samspar.programme.PlaceKind k : se.samspar.programme.PlaceKind.values()) {
            assertThat(bundle).containsKey(k.translationKey());
        }
        for (se.samspar.participant.Kon k : se.samspar.participant.Kon.values()) {
            assertThat(bundle).containsKey(k.translationKey());
        }
        for (se.samspar.enrolment.Decision d : se.samspar.enrolment.Decision.values()) {
            assertThat(bundle).containsKey(d.translationKey());
        }
        for (se.samspar.enrolment.EnrolmentStatus st : se.samspar.enrolment.EnrolmentStatus.values()) {
            assertThat(bundle).containsKey(st.translationKey());
        }
    }
}
