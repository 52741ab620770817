/**
 * Arithmetic over named quantities for claim files: {@link org.claimcheck.check.expr.Formula}, evaluated by exp4j.
 * The one package that imports exp4j; imports nothing else of the project.
 */
package org.claimcheck.check.expr;
