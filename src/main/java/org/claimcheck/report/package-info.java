/**
 * Renders an {@link org.claimcheck.verdict.AuditResult}: console table, JSON, Markdown, HTML and ClaimReview JSON-LD.
 * Render only: no checks, no verdicts. Imports {@code verdict}, {@code check}, {@code claim} and {@code unit}.
 */
package org.claimcheck.report;
