package se.samspar.audit.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samspar.base.CodeLabels;
import se.samspar.base.CodeLists;

/**
 * How the audit log shows what its entries store: codes by their Swedish labels (code lists and
 * the app's own kinds), yes and no for flags, and the few details written as English text in
 * Swedish. Only the display changes: stored entries, and the chain over them, stay as written.
 */
class AuditLabels implements BiFunction<String, String, String> {

    private static final Pattern SET = Pattern.compile("\\[(.*)]");
    private static final Pattern PERSONS = Pattern.compile("(\\d+) persons\\b");
    private static final Pattern EXPORT = Pattern.compile("^export programme (\\d+)");

    private final Function<String, String> translate;
    private final Map<String, Map<String, String>> codeLists;

    /** {@code translate}: a translation key to its text, or the key itself when there is none. */
    AuditLabels(Function<String, String> translate, Map<String, Map<String, String>> codeLists) {
        this.translate = translate;
        this.codeLists = codeLists;
    }

    static AuditLabels of(Function<String, String> translate, CodeLabels codes) {
        Map<String, Map<String, String>> lists = Map.of(
                CodeLists.EDUCATION, codes.allValues(CodeLists.EDUCATION),
                CodeLists.SUPPORT, codes.allValues(CodeLists.SUPPORT),
                CodeLists.EXIT_REASON, codes.allValues(CodeLists.EXIT_REASON),
                CodeLists.OCCUPATION, codes.allValues(CodeLists.OCCUPATION),
                CodeLists.PARTNER, codes.allValues(CodeLists.PARTNER));
        return new AuditLabels(translate, lists);
    }

    /** One stored value of the field, as shown. */
    @Override
    public String apply(String field, String value) {
        if (value.equals("true") || value.equals("false")) {
            return translate.apply(value.equals("true") ? "audit.value.yes" : "audit.value.no");
        }
        var set = SET.matcher(value);
        if (set.matches()) {
            return Arrays.stream(set.group(1).split(", ")).map(v -> one(field, v))
                    .collect(Collectors.joining(", "));
        }
        return one(field, value);
    }

    private String one(String field, String value) {
        return switch (field) {
            case "kön" -> key("kon.", value);
            case "beslut" -> key("decision.", value);
            case "närvaro" -> key("attendance.", value);
            case "status" -> key("enrolment.status.", value);
            case "enkät besvarad", "enkätkod skapad" -> key("questionnaire.purpose.", value);
            case "sätt" -> value.matches("KIOSK|ORAL|STAFF") ? key("audit.mode.", value) : key("follow-up.kind.", value);
            case "remitterande part" -> code(CodeLists.PARTNER, value);
            case "utbildning" -> code(CodeLists.EDUCATION, value);
            case "sysselsättning vid avslut" -> code(CodeLists.OCCUPATION, value);
            case "försörjning vid start", "försörjning efter" -> code(CodeLists.SUPPORT, value);
            case "avslutsorsaker" -> code(CodeLists.EXIT_REASON, value);
            default -> value;
        };
    }

    /** Details written as plain text, with their English words in Swedish. */
    String plain(String readable) {
        String text = PERSONS.matcher(readable).replaceAll(m -> translate.apply("audit.text.persons")
                .replace("{0}", m.group(1)));
        return EXPORT.matcher(text).replaceFirst(m -> translate.apply("audit.text.export-programme")
                .replace("{0}", m.group(1)));
    }

    private String key(String prefix, String value) {
        String text = translate.apply(prefix + value);
        return text == null || text.equals(prefix + value) || text.startsWith("!") ? value : text;
    }

    private String code(String list, String value) {
        return codeLists.getOrDefault(list, Map.of()).getOrDefault(value, value);
    }
}
