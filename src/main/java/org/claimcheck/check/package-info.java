/**
 * The check SPI ({@link org.claimcheck.check.Check}, {@link org.claimcheck.check.CheckRegistry},
 * {@link org.claimcheck.check.CheckContext}, {@link org.claimcheck.check.Measurement}) and the toolkit every domain
 * shares: {@link org.claimcheck.check.Parameters} and {@link org.claimcheck.check.Inputs} to read and record inputs,
 * {@link org.claimcheck.check.Named} for closed sets, {@link org.claimcheck.check.FigureFile} for the library's
 * figures, {@link org.claimcheck.check.SeededRuns} to run an experiment's seeds side by side. Imports {@code claim},
 * {@code unit}, {@code io} and Jackson; the domain packages below it implement checks.
 */
package org.claimcheck.check;
