package se.samspar.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService.ArchiveEntry;

/**
 * Which published reports make up a year's annual report, a pure function of the year's archive
 * entries and the programmes: per programme active in the year its helårsrapport for the year
 * (or, without one, its slutrapport ending that year), and over the förbund the statistics and the
 * indicator summary whose period ends in the year; of each the latest published version. What a
 * programme or the förbund lacks is said in Swedish, to be read as it stands.
 */
public final class AnnualParts {

    /** The key of the board's statistics and of the indicator summary in a draft's order. */
    public static final String STATISTICS = "STATISTIK";
    public static final String INDICATORS = "INDIKATORER";

    private AnnualParts() {
    }

    /** A programme as the annual report needs it: who should have reported for the year. */
    public record Programme(long id, String name, LocalDate activeFrom, @Nullable LocalDate activeTo) {
        boolean activeIn(int year) {
            return !activeFrom.isAfter(LocalDate.of(year, 12, 31))
                    && (activeTo == null || !activeTo.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    /** One part: its key in the draft's order, its heading in the contents, the archived report. */
    public record Part(String key, String title, ArchiveEntry entry) {
    }

    /** The year's parts in their default order (programmes by name, statistics, indicators) and what is missing. */
    public record Found(List<Part> parts, List<String> missing) {
    }

    public static String programmeKey(long programmeId) {
        return "PROGRAM-" + programmeId;
    }

    public static Found of(int year, Collection<ArchiveEntry> entries, List<Programme> programmes) {
        List<ArchiveEntry> ofYear = entries.stream().filter(e -> e.to().getYear() == year).toList();
        List<Part> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Programme p : programmes.stream().sorted(Comparator.comparing(Programme::name)).toList()) {
            List<ArchiveEntry> own = ofYear.stream().filter(e -> Long.valueOf(p.id()).equals(e.programmeId())).toList();
            Optional<ArchiveEntry> report = latest(own, ReportKind.HELAR).or(() -> latest(own, ReportKind.SLUTRAPPORT));
            if (report.isPresent()) {
                ArchiveEntry e = report.get();
                parts.add(new Part(programmeKey(p.id()), e.programmeName() + " – "
                        + (e.kind() == ReportKind.HELAR ? "helårsrapport " : "slutrapport ") + period(e), e));
            } else if (p.activeIn(year)) {
                missing.add(p.name() + ": ingen publicerad helårsrapport för " + year);
            }
        }
        List<ArchiveEntry> forbund = ofYear.stream().filter(e -> e.programmeId() == null).toList();
        latest(forbund, ReportKind.STATISTIK).ifPresentOrElse(
                e -> parts.add(new Part(STATISTICS, "Könsuppdelad statistik " + period(e), e)),
                () -> missing.add("Förbundet: ingen publicerad könsuppdelad statistik för " + year));
        latest(forbund, ReportKind.INDIKATORER).ifPresentOrElse(
                e -> parts.add(new Part(INDICATORS, "Sammanställning av indikatorer " + period(e), e)),
                () -> missing.add("Förbundet: ingen publicerad sammanställning av indikatorer för " + year));
        return new Found(parts, missing);
    }

    /** The parts in the draft's order: those it names in its order, then any published since in the default order. */
    public static List<Part> ordered(List<Part> parts, List<String> order) {
        Map<String, Part> byKey = new LinkedHashMap<>();
        parts.forEach(p -> byKey.put(p.key(), p));
        List<Part> result = new ArrayList<>();
        for (String key : order) {
            Part p = byKey.remove(key);
            if (p != null) {
                result.add(p);
            }
        }
        result.addAll(byKey.values());
        return result;
    }

    /** The latest published of a kind: of the latest period end, the last published (its highest version). */
    private static Optional<ArchiveEntry> latest(List<ArchiveEntry> entries, ReportKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).max(Comparator.comparing(ArchiveEntry::to)
                .thenComparing(ArchiveEntry::publishedAt).thenComparing(ArchiveEntry::id));
    }

    /** "januari – december 2018", as the parts' own titles write their period. */
    private static String period(ArchiveEntry e) {
        return se.samspar.report.ReportPdf.periodText(new se.samspar.report.Period(e.from(), e.to()));
    }
}
