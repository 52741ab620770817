/**
 * Renders an {@link org.claimcheck.verdict.AuditResult}: console table, JSON, Markdown, HTML and ClaimReview JSON-LD.
 * Render only: no checks, no verdicts. Imports {@code verdict}, {@code check}, {@code claim}, {@code unit} and {@code scan} (coverage).
 */
package org.claimcheck.report;
