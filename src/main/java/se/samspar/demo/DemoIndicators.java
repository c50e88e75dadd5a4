package se.samspar.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.Occasion;
import se.samspar.indicator.OccasionDraft;
import se.samspar.indicator.RespondentGroup;

/**
 * The förbund's indicator occasions of October 2018 (the first, as in the annual report: board 7 of
 * 8, preparatory group 3 of 8, staff 7 of 7) and October 2019, answered through codes and both
 * summaries published for the board. Acts as the coordinator; the answers go in without a login.
 */
final class DemoIndicators {

    private DemoIndicators() {
    }

    static void createIfEmpty(IndicatorService indicators) {
        if (indicators.occasions().isEmpty()) {
            create(indicators);
        }
    }

    /** Both occasions, answered, closed and published; returns the later one. */
    static Occasion create(IndicatorService indicators) {
        Occasion y2018 = indicators.createOccasion(new OccasionDraft("Oktober 2018", LocalDate.of(2018, 10, 1),
                LocalDate.of(2018, 10, 31), Map.of(RespondentGroup.STYRELSE, 8, RespondentGroup.BEREDNING, 8,
                        RespondentGroup.PERSONAL, 7)));
        answer(indicators, y2018, RespondentGroup.STYRELSE, 7, new int[] {8, 5, 9}, 0);
        answer(indicators, y2018, RespondentGroup.BEREDNING, 3, new int[] {4, 6, 8, 5}, 1);
        answer(indicators, y2018, RespondentGroup.PERSONAL, 7, new int[] {7, 5, 8, 7, 6, 8, 8, 7, 8}, 2);
        indicators.setClosed(y2018.id(), indicators.occasion(y2018.id()).version(), true);
        indicators.publish(y2018.id());

        Occasion y2019 = indicators.createOccasion(new OccasionDraft("Oktober 2019", LocalDate.of(2019, 10, 1),
                LocalDate.of(2019, 10, 31), Map.of(RespondentGroup.STYRELSE, 8, RespondentGroup.BEREDNING, 8,
                        RespondentGroup.PERSONAL, 8)));
        answer(indicators, y2019, RespondentGroup.STYRELSE, 6, new int[] {8, 7, 9}, 1);
        answer(indicators, y2019, RespondentGroup.BEREDNING, 5, new int[] {5, 6, 8, 6}, 2);
        answer(indicators, y2019, RespondentGroup.PERSONAL, 8, new int[] {7, 6, 8, 8, 7, 8, 8, 7, 8}, 0);
        indicators.setClosed(y2019.id(), indicators.occasion(y2019.id()).version(), true);
        indicators.publish(y2019.id());
        return y2019;
    }

    /** {@code count} respondents answering around the given values (−1, 0 or +1, on the scale). */
    private static void answer(IndicatorService indicators, Occasion o, RespondentGroup group, int count, int[] around,
                               int shift) {
        List<String> codes = indicators.issueCodes(o.id(), group, count).codes();
        SecurityContext coordinator = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            for (int i = 0; i < count; i++) {
                List<Integer> answers = new ArrayList<>();
                for (int q = 0; q < around.length; q++) {
                    answers.add(Math.max(1, Math.min(10, around[q] + (i + q + shift) % 3 - 1)));
                }
                indicators.submit(codes.get(i), o.id(), group, answers, null);
            }
        } finally {
            SecurityContextHolder.setContext(coordinator);
        }
    }
}
