package se.samspar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Reads an assembled annual report as its reader would: the contents' page numbers against the
 * pages they name, the bookmarks against the contents, "Årsrapport Y · Sida N av M" on every page
 * after the cover, and each part's pages against its archived PDF: the same text line for line,
 * once the one added line (the running page line) is taken out, and nothing else.
 */
final class AnnualReportCheck {

    private AnnualReportCheck() {
    }

    static void verify(byte[] pdf, AnnualReportPdf.Cover cover, List<AnnualReportPdf.Section> parts, boolean foreword,
                       boolean closing) throws IOException {
        int year = cover.year();
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        int total = reader.getNumberOfPages();
        List<List<String>> pages = new ArrayList<>();
        pages.add(null);
        for (int n = 1; n <= total; n++) {
            pages.add(lines(text.getTextFromPage(n)));
        }
        String coverText = String.join("\n", pages.get(1));
        assertThat(coverText).as("the cover").contains("Årsrapport", String.valueOf(year), cover.forbundName())
                .doesNotContain("Sida");
        if (!cover.orgNr().isBlank()) {
            assertThat(coverText).as("the cover").contains("Org.nr " + cover.orgNr());
        }
        for (int n = 2; n <= total; n++) {
            String line = AnnualReportPdf.pageLine(year, n, total);
            assertThat(pages.get(n)).as("page %d carries its number once", n).containsOnlyOnce(line)
                    .filteredOn(l -> l.startsWith("Årsrapport " + year + " · Sida")).containsExactly(line);
        }

        List<String> titles = new ArrayList<>();
        if (foreword) {
            titles.add("Förord");
        }
        parts.forEach(p -> titles.add(p.title()));
        if (closing) {
            titles.add("Avslutning");
        }
        Map<String, Integer> contents = contents(pages, total, year, cover.forbundName());
        assertThat(contents.keySet()).as("the contents in order").containsExactlyElementsOf(titles);

        List<String> bookmarks = new ArrayList<>();
        List<Integer> bookmarkPages = new ArrayList<>();
        for (Map<String, Object> b : SimpleBookmark.getBookmarkList(reader)) {
            bookmarks.add((String) b.get("Title"));
            bookmarkPages.add(Integer.parseInt(((String) b.get("Page")).split(" ")[0]));
        }
        assertThat(bookmarks).as("a bookmark for the contents and each part").containsExactlyElementsOf(
                prepend("Innehåll", titles));
        assertThat(bookmarkPages).as("each bookmark opens the page the contents names").containsExactlyElementsOf(
                prepend(2, new ArrayList<>(contents.values())));
        int last = total;
        List<Integer> starts = new ArrayList<>(contents.values());
        for (int i = titles.size() - 1; i >= 0; i--) {
            int start = starts.get(i);
            String title = titles.get(i);
            int partIndex = i - (foreword ? 1 : 0);
            if (partIndex < 0 || partIndex >= parts.size()) {
                assertThat(pages.get(start)).as(title).contains(title);
            } else {
                byte[] archived = parts.get(partIndex).pdf();
                PdfReader original = new PdfReader(archived);
                PdfTextExtractor originalText = new PdfTextExtractor(original);
                assertThat(last - start + 1).as("%s: every archived page, no other", title)
                        .isEqualTo(original.getNumberOfPages());
                for (int n = 1; n <= original.getNumberOfPages(); n++) {
                    List<String> assembled = new ArrayList<>(pages.get(start + n - 1));
                    assembled.remove(AnnualReportPdf.pageLine(year, start + n - 1, total));
                    assertThat(assembled).as("%s, page %d: the archived page's text, the page line taken out", title, n)
                            .containsExactlyElementsOf(lines(originalText.getTextFromPage(n)));
                }
                original.close();
            }
            last = start - 1;
        }
        reader.close();
    }

    private static final Pattern ENTRY = Pattern.compile("^(.+?) (\\d+)$");

    /**
     * The contents' headings and page numbers: page 2 is headed "Innehåll", its first entry names
     * the page after the contents, and every line of the pages between is an entry, the footer or
     * the page line.
     */
    private static Map<String, Integer> contents(List<List<String>> pages, int total, int year, String footer) {
        assertThat(pages.get(2).getFirst().equals("Innehåll") || pages.get(2).get(1).equals("Innehåll"))
                .as("page 2 is the contents").isTrue();
        Map<String, Integer> result = new LinkedHashMap<>();
        int end = Integer.MAX_VALUE;
        for (int n = 2; n < end && n <= total; n++) {
            for (String line : pages.get(n)) {
                Matcher m = ENTRY.matcher(line);
                if (line.equals("Innehåll") || line.startsWith("Årsrapport " + year + " · Sida")
                        || line.startsWith(footer)) {
                    continue;
                }
                assertThat(m.matches()).as("a line of the contents: %s", line).isTrue();
                result.put(m.group(1), Integer.parseInt(m.group(2)));
                end = Math.min(end, Integer.parseInt(m.group(2)));
            }
        }
        return result;
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        List<T> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<String> lines(String page) {
        return page.replace('\u00a0', ' ').lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
