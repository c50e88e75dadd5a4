package se.samspar.importexport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed values of the file format: what a cell says and what is stored. The first name of each
 * value is the one the export writes; the import also takes the others, ignoring case and accents.
 */
final class Formats {

    static final Map<String, String> KON = choices("Kvinna", "KVINNA", "Man", "MAN", "K", "KVINNA", "M", "MAN");
    static final Map<String, String> DECISION = choices("Antagen", "ANTAGEN", "Väntelista", "VANTELISTA",
            "Ej aktuell", "EJ_AKTUELL");
    static final Map<String, String> HOW = choices("Möte", "MOTE", "Telefon", "TELEFON", "Digitalt", "DIGITALT",
            "Annat", "ANNAT");
    static final Map<String, String> STATUS = choices("Närvarande", "NARVARANDE", "Frånvarande", "FRANVARANDE",
            "Avbokat", "AVBOKAT");
    static final Map<String, String> PURPOSE = choices("Avslut", "EXIT", "Grupp", "GROUP", "Avslutsenkät", "EXIT",
            "Gruppenkät", "GROUP", "Utvärdering", "GROUP");
    static final Map<String, String> MODE = choices("Personal", "STAFF", "Muntligt", "ORAL", "Surfplatta", "KIOSK");
    static final Map<String, String> ASSESSMENT_KIND = choices("Start", "START", "Uppföljning", "FOLLOW_UP",
            "Avslut", "EXIT", "Startbedömning", "START", "Avslutsbedömning", "EXIT");
    static final Map<String, Boolean> YES_NO = choices("Ja", true, "Nej", false, "J", true, "N", false,
            "X", true, "1", true, "0", false);

    private Formats() {
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> choices(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(Sheet.plain((String) pairs[i]), (T) pairs[i + 1]);
        }
        return map;
    }

    /** The name the export writes for a stored value: the first one the format lists. */
    static String label(Map<String, ?> choices, Object stored) {
        if (stored == null) {
            return "";
        }
        for (Map.Entry<String, ?> e : choices.entrySet()) {
            if (e.getValue().equals(stored)) {
                return display(e.getKey());
            }
        }
        return stored.toString();
    }

    /** The names as documented, with their accents back. */
    private static String display(String plainKey) {
        return switch (plainKey) {
            case "vantelista" -> "Väntelista";
            case "mote" -> "Möte";
            case "narvarande" -> "Närvarande";
            case "franvarande" -> "Frånvarande";
            case "uppfoljning" -> "Uppföljning";
            default -> Character.toUpperCase(plainKey.charAt(0)) + plainKey.substring(1);
        };
    }
}
