package se.samspar.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the coordinator writes in a report: kind and period, whether to compare with the period
 * before, the free-text sections, the picked questionnaire comments, and place, date and signature.
 */
public record DraftContent(ReportKind kind, LocalDate from, LocalDate to, boolean comparePrevious, Texts texts,
                           List<String> quotes, @Nullable String place, @Nullable LocalDate signedOn,
                           @Nullable String signature) {

    /** The longest text of one section, in characters: about two pages of the report. */
    public static final int SECTION_MAX = 8000;
    public static final int QUOTE_MAX = 1000;
    public static final int QUOTES_MAX = 30;
    public static final int PLACE_MAX = 60;
    public static final int SIGNATURE_MAX = 120;

    public DraftContent {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        texts = texts == null ? Texts.EMPTY : texts;
    }

    /** The free-text sections in the order of the report, each optional. */
    public record Texts(@Nullable String purpose, @Nullable String resultComment, @Nullable String methodDevelopment,
                        @Nullable String groupWork, @Nullable String challenges, @Nullable String comments) {
        public static final Texts EMPTY = new Texts(null, null, null, null, null, null);

        /** Section field name → text, for checking sizes and naming the field that is too long. */
        public java.util.Map<String, @Nullable String> byField() {
            java.util.Map<String, @Nullable String> m = new java.util.LinkedHashMap<>();
            m.put("purpose", purpose);
            m.put("resultComment", resultComment);
            m.put("methodDevelopment", methodDevelopment);
            m.put("groupWork", groupWork);
            m.put("challenges", challenges);
            m.put("comments", comments);
            return m;
        }
    }
}
