/**
 * The förbund's NNS indicator surveys (Indikatorer för finansiell samordning): the instruments per
 * respondent group as locked, versioned data, measurement occasions with a base per group and
 * one-time codes, anonymous answers, the results with comparison over time, the board's
 * "Sammanställning av indikatorer" PDF published to the report archive, and the export for the
 * national compilation. See docs/design-decisions/DD009-indicator-surveys.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::*", "report", "audit", "security"})
package se.samspar.indicator;
