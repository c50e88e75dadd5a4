package se.samspar.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspar.audit.AuditService;
import se.samspar.base.CodeLists;

/** The audit log shows stored codes in Swedish, and leaves what is stored as it was. */
class AuditLabelsTest {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("attendance.NARVARANDE", "Närvarande"),
            Map.entry("questionnaire.purpose.EXIT", "Avslutsenkät"),
            Map.entry("audit.mode.KIOSK", "surfplatta med kod"),
            Map.entry("kon.KVINNA", "Kvinna"),
            Map.entry("decision.ANTAGEN", "Antagen"),
            Map.entry("enrolment.status.AKTIV", "Aktiv"),
            Map.entry("follow-up.kind.TELEFON", "Telefon"),
            Map.entry("audit.value.yes", "ja"),
            Map.entry("audit.value.no", "nej"),
            Map.entry("audit.text.persons", "{0} personer"),
            Map.entry("audit.text.export-programme", "export av program {0}"));

    private final AuditLabels labels = new AuditLabels(k -> TEXTS.getOrDefault(k, k), Map.of(
            CodeLists.EXIT_REASON, Map.of("ARBETE", "Arbete", "STUDIER", "Studier"),
            CodeLists.SUPPORT, Map.of("SJUKPENNING", "Sjukpenning/rehabiliteringspenning"),
            CodeLists.PARTNER, Map.of("AF", "Arbetsförmedlingen")));

    private String shown(String stored) {
        return labels.plain(AuditService.readable(stored, labels));
    }

    @Test
    void attendance_questionnaire_and_answering_mode_read_in_swedish() {
        assertThat(shown(AuditService.values(new java.util.LinkedHashMap<>(Map.of("närvaro", "NARVARANDE")))))
                .isEqualTo("närvaro: Närvarande");
        String answered = "{\"enkät besvarad\":\"EXIT\",\"sätt\":\"KIOSK\"}";
        assertThat(shown(answered)).isEqualTo("enkät besvarad: Avslutsenkät; sätt: surfplatta med kod");
    }

    @Test
    void code_lists_sets_and_flags_read_by_their_labels_in_changes_too() {
        String created = "{\"kön\":\"KVINNA\",\"beslut\":\"ANTAGEN\",\"remitterande part\":\"AF\","
                + "\"avslutsorsaker\":\"[ARBETE, STUDIER]\",\"försörjning vid start\":\"[]\",\"anonym\":\"false\"}";
        assertThat(shown(created)).isEqualTo("kön: Kvinna; beslut: Antagen; remitterande part: Arbetsförmedlingen; "
                + "avslutsorsaker: Arbete, Studier; försörjning vid start: –; anonym: nej");
        String changed = AuditService.changes(Map.of("försörjning efter", "[]"),
                Map.of("försörjning efter", "[SJUKPENNING]")).orElseThrow();
        assertThat(shown(changed)).isEqualTo("försörjning efter: – → Sjukpenning/rehabiliteringspenning");
        assertThat(shown("{\"uppföljningskontakt\":\"2026-11-30\",\"sätt\":\"TELEFON\"}"))
                .isEqualTo("uppföljningskontakt: 2026-11-30; sätt: Telefon");
    }

    @Test
    void a_search_of_the_list_names_the_status_filter_by_its_label() {
        assertThat(shown("{\"text\":\"\",\"status\":\"AKTIV\",\"mina\":\"ja\"}"))
                .isEqualTo("text: –; status: Aktiv; mina: ja");
    }

    @Test
    void an_export_written_in_english_reads_in_swedish() {
        assertThat(shown("export programme 3 2026-01-01–2026-12-31: 6 persons"))
                .isEqualTo("export av program 3 2026-01-01–2026-12-31: 6 personer");
    }

    @Test
    void unknown_codes_and_free_text_stay_as_stored() {
        assertThat(shown("{\"avslutsorsaker\":\"[EGEN_KOD]\",\"text\":\"andersson\"}"))
                .isEqualTo("avslutsorsaker: EGEN_KOD; text: andersson");
        assertThat(shown("registerutdrag; skäl: begäran")).isEqualTo("registerutdrag; skäl: begäran");
    }
}
