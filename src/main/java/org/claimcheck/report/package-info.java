/**
 * Renders an {@link org.claimcheck.verdict.AuditResult}: console table, JSON, Markdown, HTML and ClaimReview JSON-LD.
 * Render only: no checks, no verdicts. Imports {@code verdict}, {@code check}, {@code claim}, {@code unit},
 * {@code scan} (coverage) and {@code report.chart} (plots as SVG); Jackson for JSON and mustache.java for the page.
 */
package org.claimcheck.report;
