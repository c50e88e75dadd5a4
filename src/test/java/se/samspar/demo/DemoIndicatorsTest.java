package se.samspar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.PdfText;
import se.samspar.base.Role;
import se.samspar.indicator.IndicatorFigures;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.RespondentGroup;

/** The demo's indicator occasions go in through the services and end as published board summaries. */
class DemoIndicatorsTest extends IntegrationTest {

    @Autowired
    IndicatorService indicators;

    @Test
    void october_2018_has_seven_of_eight_board_members_and_2019_is_compared_with_it() throws Exception {
        loginAs("samordnare-demo", Role.SAMORDNARE);
        var y2019 = DemoIndicators.create(indicators);
        IndicatorService.Results r = indicators.results(y2019.id());
        // The latest "Oktober 2018" among the earlier occasions is the demo's (other tests' may be there too).
        IndicatorService.Earlier october = r.earlier().stream().filter(e -> e.occasion().name().equals("Oktober 2018"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(october.groups()).filteredOn(g -> g.group() == RespondentGroup.STYRELSE)
                .extracting(IndicatorFigures.GroupResult::answeredOfBase).containsExactly("7 av 8");
        assertThat(r.groups()).extracting(IndicatorFigures.GroupResult::answeredOfBase).containsExactly("6 av 8", "5 av 8",
                "8 av 8");
        assertThat(indicators.occasion(y2019.id()).closed()).isTrue();
        String text = PdfText.of(indicators.pdf(y2019.id(), true));
        assertThat(text).contains("Jämförelse med tidigare mättillfällen", "Oktober 2018");
        if (System.getProperty("samspar.screenshots") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("samspar.screenshots"), "demo.pdf"),
                    indicators.pdf(y2019.id(), true));
        }
    }
}
