package se.samspar.importexport;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Swedish texts of the translation bundle for what has no page to ask: the command-line import
 * and the template's instructions. Views use getTranslation as usual.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);

    private Messages() {
    }

    public static String text(String key, Object... args) {
        try {
            String pattern = BUNDLE.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.of("sv")).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String text(Problem problem) {
        return text(problem.key(), problem.args().toArray());
    }
}
