package se.samspar.report;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings every report and the board's statistics share: age bands, the periods offered,
 * the board's threshold k, and the förbund's name and org.nr for the footer.
 */
@Component
public class ReportSettings {

    private final AgeBands ageBands;
    private final PeriodPresets presets;
    private final int threshold;
    private final String footer;
    private final String forbundName;
    private final String orgNr;

    ReportSettings(@Value("${samspar.report.age-bands:0,30,45,60}") List<Integer> ageBands,
                   @Value("${samspar.report.period-presets:1-3,4-6,7-9,10-12,1-6,1-8,1-12}") String presets,
                   @Value("${samspar.report.privacy-threshold:3}") int threshold,
                   @Value("${samspar.forbund.name:Samordningsförbundet}") String forbundName,
                   @Value("${samspar.forbund.org-nr:}") String orgNr) {
        this.ageBands = new AgeBands(ageBands);
        this.presets = PeriodPresets.parse(presets);
        this.threshold = threshold;
        this.forbundName = forbundName;
        this.orgNr = orgNr;
        this.footer = orgNr.isBlank() ? forbundName : forbundName + " · org.nr " + orgNr;
    }

    public AgeBands ageBands() {
        return ageBands;
    }

    public PeriodPresets presets() {
        return presets;
    }

    /** k: in the board's version a count about fewer than k persons reads "&lt;k". */
    public int threshold() {
        return threshold;
    }

    /** The förbund's name and org.nr, on every page. */
    public String footer() {
        return footer;
    }

    /** The förbund's name, for the annual report's cover. */
    public String forbundName() {
        return forbundName;
    }

    /** The förbund's org.nr (empty when not configured). */
    public String orgNr() {
        return orgNr;
    }
}
