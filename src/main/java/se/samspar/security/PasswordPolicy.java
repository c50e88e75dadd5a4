package se.samspar.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * What a chosen password must be (ASVS 2.1): at least 12 characters, at most 128, not one of the
 * commonly used passwords, not the user name, and hard enough to guess by the zxcvbn estimator
 * (Dropbox's, in the maintained Java port) with a Swedish dictionary added: seasons, months,
 * weekdays, holidays, common words and names, every municipality, and the förbund's own name and
 * municipalities from the settings. "Sommar2024!!" (season + year + punctuation, the classic
 * spraying pattern) is thus refused although it is long and mixes kinds of characters. Any
 * characters are allowed, spaces too, so that a pass phrase works.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /**
     * zxcvbn's top score: at least 10^10 guesses. Score 3 (10^8) is not enough: zxcvbn adds 10^4
     * guesses for every part after the first, so a word, a year and two signs ("Sommar2024!!",
     * about 2 × 20 × 100 guesses for its parts) already count as 10^8.
     */
    static final int MIN_SCORE = 4;
    private static final String LIST = "/security/common-passwords.txt.gz";
    private static final String SWEDISH = "/security/swedish-words.txt";

    private final Set<String> common;
    private final Zxcvbn estimator;

    PasswordPolicy(Set<String> common, List<String> swedish) {
        this.common = common;
        try {
            List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
            dictionaries.add(new Dictionary("swedish", swedish));
            this.estimator = new ZxcvbnBuilder().dictionaries(dictionaries)
                    .keyboards(StandardKeyboards.loadAllKeyboards()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load(), swedish());
    }

    /** The Swedish words in the order a guesser tries them, each also without å, ä and ö. */
    private static List<String> swedish() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(SWEDISH)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SWEDISH);
            }
            Set<String> words = new LinkedHashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String w = line.strip().toLowerCase(Locale.ROOT);
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(w);
                        words.add(folded(w));
                        words.add(w.replace(" ", "").replace("-", ""));
                    }
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The word as typed on a keyboard without Swedish letters: "höstlov" → "hostlov". */
    static String folded(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            Set<String> words = new HashSet<>(64_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        words.add(line.strip());
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first broken rule, or empty when the password may be used. */
    public Optional<String> check(@Nullable String password, @Nullable String username) {
        return check(password, username, List.of());
    }

    /**
     * As {@link #check(String, String)}, with words of this installation a guesser would try (the
     * förbund's name, its municipalities, the user's full name).
     */
    public Optional<String> check(@Nullable String password, @Nullable String username, Collection<String> context) {
        if (password == null || password.isEmpty()) {
            return Optional.of("error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return Optional.of("password.error.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.contains-username");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("password.error.common");
        }
        if (estimator.measure(password, inputs(username, context)).getScore() < MIN_SCORE) {
            return Optional.of("password.error.guessable");
        }
        return Optional.empty();
    }

    /** The context as zxcvbn's user inputs: each word on its own, lower case, also without å, ä, ö. */
    private static List<String> inputs(@Nullable String username, Collection<String> context) {
        Set<String> words = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(context);
        if (username != null) {
            all.add(username);
        }
        for (String phrase : all) {
            if (phrase == null) {
                continue;
            }
            String lower = phrase.strip().toLowerCase(Locale.ROOT);
            for (String w : lower.split("[\\s,.;:/()-]+")) {
                if (w.length() >= 3) {
                    words.add(w);
                    words.add(folded(w));
                }
            }
        }
        return List.copyOf(words);
    }
}
