package se.samspar;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The disclosure check of the board's PDFs, as an outside reader would run it: reads the PDF's
 * text and fails when it prints a count of 1 to k−1 anywhere (text, tables, brackets), or a
 * single person's exact value of the population behind it (the youngest's and the oldest's age
 * as a range, the fewest and the most years or months). What is not a count about persons is
 * taken out first, each by its own pattern: dates, years, the org.nr, page numbers, per cents,
 * decimals, band labels, the scale of the questionnaires, places, groups, sessions, the legend.
 * Every board PDF the tests read goes through it ({@link PdfText#of}).
 */
public final class BoardPdfCheck {

    /** What a board version says of itself, and its k: "inga antal som rör färre än 3 personer". */
    private static final Pattern BOARD = Pattern.compile("styrelsens version: inga antal som rör färre än (\\d+) personer");

    private static final List<Pattern> NOT_COUNTS = List.of(
            // The indicator summary: the scale's steps heading its table ("Indikator 1 2 … 8–9 10 Medel"), and the
            // numbered indicators, each a question ("2. Har ni en strategi …?"); a count ending a sentence that is
            // not followed by a question is still read. Before the band labels, which would take "8–9" apart.
            Pattern.compile("Indikator( \\d+(–\\d+)?)+ Medel"),
            Pattern.compile("(?<![\\d,])\\d{1,2}\\. (?=\\p{Lu}[^.?!]*\\?)"),
            // The legend of the signs, on every page.
            Pattern.compile("= 1 eller 2 personer"), Pattern.compile("= 1–\\d+ personer"), Pattern.compile("= 1 person"),
            // Sessions, not persons: "Studiebesök, 1 tillfälle (0)".
            Pattern.compile("\\d+ tillfällen?( \\(\\d+\\))?"),
            Pattern.compile("färre än \\d+( personer)?"), Pattern.compile("<\\d+"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}( – \\d{4}-\\d{2}-\\d{2} \\(\\d+\\))?"),
            Pattern.compile("\\b\\d{6}-\\d{4}\\b"), Pattern.compile("\\b(19|20)\\d{2}\\b"),
            Pattern.compile("Sida \\d+ av ?\\d+"), Pattern.compile("\\d+ ?%"), Pattern.compile("\\d+,\\d+"),
            // Band labels: "–29 år", "30–44 år", "upp till 2 år", "9 år eller mer", "mer än 12 mån".
            Pattern.compile("\\d*–\\d*( (år|mån))?"), Pattern.compile("upp till \\d+ (år|mån)"),
            Pattern.compile("\\d+ år eller mer"), Pattern.compile("mer än \\d+ (år|mån)"),
            Pattern.compile("mindre än \\d+ år"), Pattern.compile("i \\d+ år eller mer"),
            // Means of time, not persons: "i genomsnitt 67 dagar (2 månader)", "(föregående period 60 dagar)".
            Pattern.compile("i genomsnitt \\d+ dagar \\(\\d+ månad(er)?\\)"), Pattern.compile("period \\d+ dagar"),
            // The questionnaires' scale and its chart's axis.
            Pattern.compile("mellan 1 och 6 där 6"), Pattern.compile("\\(1–6\\)"), Pattern.compile("0 1 2 3 4 5 6"),
            // Places and groups, not persons.
            Pattern.compile("plats för \\d+"), Pattern.compile("\\d+ platser för"), Pattern.compile("\\d+ uppföljningsplatser"),
            Pattern.compile("början \\d+ aktuella"), Pattern.compile("\\d+ grupp(er)?\\b"),
            // Numbered themes of the sessions: "2. Sjuksköterska".
            Pattern.compile("(?m)^\\d+\\. "));

    private BoardPdfCheck() {
    }

    /** The board's k if the PDF is a board version, else 0. */
    static int threshold(String text) {
        Matcher m = BOARD.matcher(text.replaceAll("\\s+", " "));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Fails when a board PDF prints a count of fewer than k persons; a full version passes unread. */
    public static void check(byte[] pdf) throws IOException {
        String text = lines(pdf);
        int k = threshold(text);
        if (k > 0) {
            check(text, k);
        }
    }

    /** The same, and no single person's exact age, years or months of the population behind the PDF. */
    public static void check(byte[] pdf, Population population) throws IOException {
        String text = lines(pdf);
        int k = threshold(text);
        if (k == 0) {
            fail("Not a board version");
        }
        check(text, k);
        String flat = text.replaceAll("\\s+", " ");
        for (List<Integer> values : List.of(population.ages(), population.years(), population.months())) {
            if (values.isEmpty()) {
                continue;
            }
            int min = values.stream().min(Integer::compare).orElseThrow();
            int max = values.stream().max(Integer::compare).orElseThrow();
            // The ways a range of single persons' values reads ("åldersspannet 23–56 år", "varierar mellan 1 och
            // 12 år", "3–14 månader"); a band label reads "30–44 år" or "4–6 mån" and names no one.
            for (String exact : List.of("spannet " + min + "–" + max, "mellan " + min + " och " + max,
                    min + "–" + max + " månader", min + "–" + max + " dagar")) {
                if (min != max && flat.contains(exact)) {
                    fail("A single person's exact value is printed: \"" + exact + "\" in …" + around(flat,
                            flat.indexOf(exact)) + "…");
                }
            }
        }
    }

    /** Exact values of the persons behind a PDF: ages at exit, years in public support, months in the programme. */
    public record Population(List<Integer> ages, List<Integer> years, List<Integer> months) {
        public static Population of(Collection<Integer> ages, Collection<Integer> years, Collection<Integer> months) {
            return new Population(List.copyOf(ages), List.copyOf(years), List.copyOf(months));
        }
    }

    /** A count as printed: a number, "&lt;k" or "x", with the previous period's in brackets or not. */
    private static final String CELL = "(\\d+|<\\d+|x)(?: \\((?:\\d+|<\\d+|x)\\))?";
    /** Sentences and rows that give a total and its split by kön: "13 (0) personer: 5 (0) kvinnor och 8 (0) män". */
    private static final List<Pattern> SPLITS = List.of(
            Pattern.compile(CELL + " personer: " + CELL + " kvinnor? och " + CELL + " män"),
            Pattern.compile("har " + CELL + " gått till arbete \\(" + CELL + " kvinnor? och " + CELL + " män\\)"),
            Pattern.compile(CELL + " personer, " + CELL + " kvinnor och " + CELL + " män"));

    /**
     * What subtraction gives back: a total printed with one of its two parts, the other withheld.
     * (The tables' sums are the disclosure model's to protect: {@code DisclosureTest}.)
     */
    private static void derivable(String flat) {
        for (Pattern p : SPLITS) {
            Matcher m = p.matcher(flat);
            while (m.find()) {
                boolean total = isNumber(m.group(1));
                boolean women = isNumber(m.group(2));
                boolean men = isNumber(m.group(3));
                if (total && women != men) {
                    fail("A withheld count is the total less the other: \"" + m.group() + "\"");
                }
            }
        }
    }

    private static boolean isNumber(String cell) {
        return Character.isDigit(cell.charAt(0));
    }

    static void check(String text, int k) {
        String rest = text.replaceAll("\\s+", " ");
        derivable(rest);
        for (Pattern p : NOT_COUNTS) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        Matcher m = Pattern.compile("(?<![\\w,.])(\\d+)(?![\\w,])").matcher(rest);
        List<String> leaks = new ArrayList<>();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n < k) {
                leaks.add("\"" + n + "\" in …" + around(rest, m.start()).replaceAll("\\s+", " ") + "…");
            }
        }
        if (!leaks.isEmpty()) {
            fail("The board's version prints counts of fewer than " + k + " persons:\n" + String.join("\n", leaks));
        }
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 40));
    }

    /** The PDF's text page by page, lines kept. */
    static String lines(byte[] pdf) throws IOException {
        return PdfText.pages(pdf).replaceAll("[ \\t]+", " ");
    }
}
