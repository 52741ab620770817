/**
 * From claims to verdicts: derives each interpretation ({@link org.claimcheck.verdict.Deriver}), compares it with the
 * claim and applies DESIGN.md's verdict rules ({@link org.claimcheck.verdict.VerdictEngine}). Imports {@code claim},
 * {@code unit} and {@code check}; never a reporter or an entry point.
 */
package org.claimcheck.verdict;
