package se.samspar.report;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;
import static se.samspar.report.PdfKit.right;
import static se.samspar.report.PdfKit.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.samspar.assessment.StepFigures;

/**
 * The report's Stegförflyttning section: the assessed of the exited, the share who moved at least
 * one step up and the mean change, the mean change per dimension, and a table per group (kön,
 * support at start, time in the programme), for all the assessed and for those who did not go to
 * work or studies. Every count is a cell of the report's disclosure model ({@link StepCounts});
 * in the board's version a mean is printed only over k or more persons and only where no smaller
 * group's sum follows from it and another printed mean (the total less a part, one kön less the
 * other): the total's, that of those not to work or studies, and the kön's when no kön (nor the
 * anonymous) is a small group. The other groups' means are in the coordinator's full version.
 */
final class ReportPdfSteps {

    private final ReportPdf.Input in;
    private final ReportCounts c;
    private final StepReport steps;
    private final Document doc;
    private final PdfWriter writer;

    ReportPdfSteps(ReportPdf.Input in, ReportCounts counts, Document doc, PdfWriter writer) {
        this.in = in;
        this.c = counts;
        this.steps = in.figures().steps();
        this.doc = doc;
        this.writer = writer;
    }

    void section() {
        if (!steps.shown()) {
            return;
        }
        StepFigures.Figures now = steps.now().orElseThrow();
        PdfKit.keepRoom(doc, writer, 160);
        doc.add(paragraph("Stegförflyttning", PdfKit.HEADING, 4));
        doc.add(paragraph("Personalen bedömer tillsammans med deltagaren vid start och vid avslut var deltagaren står på "
                + "förbundets stege mot arbete eller studier (från det lägsta steget, ej aktuell för arbetslivsinriktade "
                + "insatser, till det högsta, i arbete eller studier) och hur det går inom några områden. Här jämförs "
                + "den första bedömningen vid start med den sista vid avslut, för de deltagare som avslutats under "
                + "perioden.", PdfKit.SMALL, 4));
        String a = StepCounts.ALL;
        String s = StepCounts.NOT_WORK_OR_STUDIES;
        String assessed = StepCounts.key(a, "all", "n");
        StringBuilder text = new StringBuilder("Av de deltagare som avslutats under perioden har " + c.n(assessed)
                + " bedömts både vid start och vid avslut (anonyma deltagare medräknade).");
        if (now.noneAssessed()) {
            text.append(" Under perioden finns alltså ingen bedömning att jämföra.");
        } else {
            text.append(' ').append(moved(a, "Av dem har ")).append(' ')
                    .append(moved(s, "Av de " + c.n(StepCounts.key(s, "all", "n")) + " som inte gick till arbete "
                            + "eller studier har "));
        }
        doc.add(paragraph(text.toString(), PdfKit.TEXT, 6));
        if (now.noneAssessed()) {
            doc.add(paragraph("", PdfKit.TEXT, 4));
            return;
        }
        dimensions(now);
        groups(a, "Per grupp, alla bedömda");
        groups(s, "Per grupp, de som inte gick till arbete eller studier");
        doc.add(paragraph("En deltagare med flera slag av försörjning vid start räknas under vart och ett. Anonyma "
                + "deltagare räknas i totalen men inte per kön. Medel är avslut minus start: ett plustecken betyder att "
                + "deltagarna i genomsnitt kommit högre." + (c.board() ? " I styrelsens version visas medel bara för "
                + "alla, för dem som inte gick till arbete eller studier och per kön, aldrig för färre än "
                + c.threshold() + " personer och inte där en mindre grupps medel kan räknas fram ur dem; övriga medel "
                + "finns i den fullständiga versionen." : ""), PdfKit.SMALL, 10));
    }

    /** "… har 3 (2) gått upp minst ett steg = 60 % (50 %), i genomsnitt +1,2 steg (+0,8)." */
    private String moved(String population, String start) {
        String n = StepCounts.key(population, "all", "n");
        String up = StepCounts.key(population, "all", "up");
        boolean shown = !"–".equals(meanText(population, "all", StepFigures.Group::meanSteps, true));
        return start + c.n(up) + " gått upp minst ett steg = " + c.percent(up, n) + c.previousPercent(up, n)
                + (shown ? ", i genomsnitt " + mean(population, "all", StepFigures.Group::meanSteps) + " steg" : "")
                + ".";
    }

    private void dimensions(StepFigures.Figures now) {
        if (steps.dimensions().isEmpty()) {
            return;
        }
        PdfKit.keepRoom(doc, writer, 60 + 18 * steps.dimensions().size());
        doc.add(paragraph("Förändring per område, medel (avslut minus start)", PdfKit.SUBHEADING, 4));
        PdfPTable t = table(3);
        t.setWidths(new float[] {4, 1.6f, 1.6f});
        t.addCell(cell("Område", PdfKit.SUBHEADING));
        t.addCell(cell("Alla bedömda", PdfKit.SUBHEADING));
        t.addCell(cell("Ej till arbete eller studier", PdfKit.SUBHEADING));
        steps.dimensions().forEach((code, label) -> {
            t.addCell(cell(label, PdfKit.TEXT));
            for (String p : List.of(StepCounts.ALL, StepCounts.NOT_WORK_OR_STUDIES)) {
                t.addCell(right(dimensionMean(p, code)));
            }
        });
        doc.add(t);
    }

    private void groups(String population, String title) {
        List<String> support = c.stepSupport;
        List<Block> blocks = List.of(new Block("Kön", List.of("w", "m"), List.of("Kvinnor", "Män")),
                new Block("Försörjning vid start", support.stream().map(code -> "sup." + code).toList(),
                        support.stream().map(code -> StepFigures.NO_SUPPORT.equals(code) ? "Uppgift saknas"
                                : in.labels().getOrDefault(code, code)).toList()),
                new Block("Tid i insatsen", timeGroups(), StepFigures.TIME_LABELS));
        List<Block> shown = blocks.stream().filter(b -> !b.rows(c, population).isEmpty()).toList();
        PdfKit.keepRoom(doc, writer, 150);
        doc.add(paragraph(title, PdfKit.SUBHEADING, 4));
        if (shown.isEmpty() || c.board() && shown.stream().allMatch(b -> b.mostlyWithheld(c, population))) {
            doc.add(paragraph("Redovisas inte: färre än " + c.threshold() + " personer i flera grupper.", PdfKit.SMALL,
                    6));
            return;
        }
        // The board reads no group's mean but the kön's (in a line under the table): no column of dashes.
        int columns = c.board() ? 4 : 5;
        PdfPTable t = table(columns);
        t.setHeaderRows(1);
        t.setWidths(c.board() ? new float[] {3.4f, 1.4f, 1.4f, 1.8f} : new float[] {3.0f, 1.3f, 1.3f, 1.8f, 1.6f});
        List.of("", "Bedömda", "Upp minst ett steg", "Andel upp", "Medel, steg").subList(0, columns)
                .forEach(h -> t.addCell(cell(h, PdfKit.SUBHEADING)));
        for (Block b : shown) {
            t.addCell(span(b.title(), PdfKit.SUBHEADING, columns));
            if (c.board() && b.mostlyWithheld(c, population)) {
                t.addCell(span("Redovisas inte: färre än " + c.threshold() + " personer i flera grupper.",
                        PdfKit.SMALL, columns));
                continue;
            }
            for (int i = 0; i < b.groups().size(); i++) {
                String g = b.groups().get(i);
                if (!c.any(StepCounts.key(population, g, "n"))) {
                    continue;
                }
                String n = StepCounts.key(population, g, "n");
                String up = StepCounts.key(population, g, "up");
                t.addCell(cell(b.labels().get(i), PdfKit.TEXT));
                t.addCell(right(c.n(n)));
                t.addCell(right(c.n(up)));
                t.addCell(right(c.percent(up, n) + c.previousPercent(up, n)));
                if (!c.board()) {
                    t.addCell(right(mean(population, g, StepFigures.Group::meanSteps)));
                }
            }
        }
        doc.add(t);
        String women = mean(population, "w", StepFigures.Group::meanSteps);
        String men = mean(population, "m", StepFigures.Group::meanSteps);
        if (c.board() && !("–".equals(women) && "–".equals(men))) {
            doc.add(paragraph("Medel i steg per kön: kvinnor " + women + ", män " + men + ".", PdfKit.TEXT, 6));
        }
    }

    private static List<String> timeGroups() {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < StepFigures.TIME_LABELS.size(); i++) {
            groups.add("t." + i);
        }
        return groups;
    }

    private static PdfPCell span(String text, org.openpdf.text.Font font, int columns) {
        PdfPCell cell = cell(text, font);
        cell.setColspan(columns);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    /** A block of the groups' table: its rows' groups and labels. */
    private record Block(String title, List<String> groups, List<String> labels) {
        List<String> rows(ReportCounts c, String population) {
            return groups.stream().filter(g -> c.any(StepCounts.key(population, g, "n"))).toList();
        }

        /** Whether half or more of the block's counts above 0 (assessed and moved up) are withheld. */
        boolean mostlyWithheld(ReportCounts c, String population) {
            List<String> keys = groups.stream().flatMap(g -> java.util.stream.Stream.of(StepCounts.key(population, g, "n"),
                    StepCounts.key(population, g, "up"))).filter(k -> c.value(k) > 0).toList();
            long withheld = keys.stream().filter(k -> !c.shown(k)).count();
            return keys.isEmpty() || withheld * 2 >= keys.size();
        }
    }

    // ---- means ------------------------------------------------------------------------------

    /** "+1,2 (+0,8)": the group's mean and the previous period's, each where it may be printed, else "–". */
    private String mean(String population, String group, Function<StepFigures.Group, Optional<BigDecimal>> value) {
        String now = meanText(population, group, value, true);
        if (steps.previous().isEmpty()) {
            return now;
        }
        String before = meanText(population, group, value, false);
        return "–".equals(now) && "–".equals(before) ? "–" : now + " (" + before + ")";
    }

    private String meanText(String population, String group, Function<StepFigures.Group, Optional<BigDecimal>> value,
                            boolean current) {
        Optional<StepFigures.Figures> f = current ? steps.now() : steps.previous();
        if (f.isEmpty() || !meanAllowed(population, group, current, null)) {
            return "–";
        }
        return value.apply(group(f.get(), population, group)).map(ReportPdfSteps::signed).orElse("–");
    }

    private String dimensionMean(String population, String code) {
        String now = dimensionText(population, code, true);
        return steps.previous().isEmpty() ? now : now + " (" + dimensionText(population, code, false) + ")";
    }

    private String dimensionText(String population, String code, boolean current) {
        Optional<StepFigures.Figures> f = current ? steps.now() : steps.previous();
        if (f.isEmpty() || !meanAllowed(population, "all", current, code)) {
            return "–";
        }
        return group(f.get(), population, "all").meanByDimension().getOrDefault(code, Optional.empty())
                .map(ReportPdfSteps::signed).orElse("–");
    }

    private static StepFigures.Group group(StepFigures.Figures f, String population, String group) {
        StepFigures.Breakdown b = StepCounts.ALL.equals(population) ? f.all() : f.notToWorkOrStudies();
        if (group.startsWith("sup.")) {
            return b.bySupport().getOrDefault(group.substring(4), new StepFigures.Group(0, 0, Optional.empty(),
                    java.util.Map.of(), java.util.Map.of()));
        }
        if (group.startsWith("t.")) {
            return b.byTime().get(Integer.parseInt(group.substring(2)));
        }
        return switch (group) {
            case "w" -> b.women();
            case "m" -> b.men();
            default -> b.total();
        };
    }

    /**
     * Whether the board may read the group's mean: over k or more persons whose count is printed,
     * and such that no group of 1 to k−1 persons has a sum that follows from two printed means
     * (the assessed less those not to work or studies; the assessed less women and men). The
     * coordinator's full version reads every mean.
     */
    private boolean meanAllowed(String population, String group, boolean current,
                                @org.jspecify.annotations.Nullable String dimension) {
        if (!c.board()) {
            return true;
        }
        int k = c.threshold();
        Optional<StepFigures.Figures> f = current ? steps.now() : steps.previous();
        if (f.isEmpty() || !c.shown(StepCounts.key(population, group, "n"), current)) {
            return false;
        }
        Function<StepFigures.Group, Integer> persons = g -> dimension == null ? g.assessed()
                : g.assessedByDimension().getOrDefault(dimension, 0);
        StepFigures.Figures x = f.get();
        int n = persons.apply(group(x, population, group));
        if (n < k) {
            return false;
        }
        if (group.equals("all")) {
            int all = persons.apply(x.all().total());
            int rest = all - persons.apply(x.notToWorkOrStudies().total());
            return StepCounts.ALL.equals(population) || rest == 0 || rest >= k;
        }
        if (!StepCounts.ALL.equals(population) || !(group.equals("w") || group.equals("m"))) {
            return false;
        }
        StepFigures.Breakdown b = x.all();
        return List.of(b.women().assessed(), b.men().assessed(), b.anonymous().assessed()).stream()
                .allMatch(p -> p == 0 || p >= k);
    }

    /** "+1,2", "−0,5", "0,0". */
    static String signed(BigDecimal mean) {
        String text = ReportText.decimal(mean.abs());
        return mean.signum() > 0 ? "+" + text : mean.signum() < 0 ? "\u2212" + text : text;
    }
}
