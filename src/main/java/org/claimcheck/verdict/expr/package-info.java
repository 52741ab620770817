/**
 * Arithmetic over named quantities for claim files: {@link org.claimcheck.verdict.expr.Formula}, evaluated by exp4j,
 * and {@link org.claimcheck.verdict.expr.RootFinder}, which solves a formula for its free input. The one package that
 * imports exp4j; of the project it imports {@code check.stats} only (Brent's method).
 */
package org.claimcheck.verdict.expr;
