package se.samspar.importexport;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.base.CodeLists;

/** The förbund's code lists as the import reads them: a code by its code or its label, inactive ones too (history). */
final class Codes {

    record CodeList(Map<String, String> byName, Map<String, String> labelOf) {
        String code(String text) {
            return byName.get(Sheet.plain(text.strip()));
        }

        String label(String code) {
            return labelOf.getOrDefault(code, code);
        }

        String labels() {
            return String.join(", ", labelOf.values());
        }
    }

    final CodeList education;
    final CodeList support;
    final CodeList exitReason;
    final CodeList occupation;
    final CodeList partner;

    Codes(JdbcTemplate jdbc) {
        Map<String, CodeList> lists = new HashMap<>();
        for (String name : List.of(CodeLists.EDUCATION, CodeLists.SUPPORT, CodeLists.EXIT_REASON, CodeLists.OCCUPATION,
                CodeLists.PARTNER)) {
            Map<String, String> byName = new HashMap<>();
            Map<String, String> labelOf = new LinkedHashMap<>();
            jdbc.query("SELECT code, label FROM code_value WHERE list_name = ? ORDER BY sort_order, label", rs -> {
                String code = rs.getString(1);
                String label = rs.getString(2);
                labelOf.put(code, label);
                byName.put(Sheet.plain(code), code);
                byName.putIfAbsent(Sheet.plain(label), code);
            }, name);
            lists.put(name, new CodeList(byName, labelOf));
        }
        education = lists.get(CodeLists.EDUCATION);
        support = lists.get(CodeLists.SUPPORT);
        exitReason = lists.get(CodeLists.EXIT_REASON);
        occupation = lists.get(CodeLists.OCCUPATION);
        partner = lists.get(CodeLists.PARTNER);
    }
}
