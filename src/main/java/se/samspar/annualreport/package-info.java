/**
 * The förbund's annual report, assembled by the product: for a year, the published parts (each
 * programme's helårsrapport or slutrapport, the board's statistics and the indicator summary),
 * what is missing, the order and the foreword and closing texts the coordinator keeps as a draft,
 * and one PDF of the archived PDFs' own pages with a cover, a table of contents, bookmarks and
 * continuous page numbers, published to the archive as kind ARSRAPPORT. Reads the archive only
 * through {@code report.ReportService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "report", "audit"})
package se.samspar.annualreport;
