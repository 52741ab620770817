/**
 * The check SPI: {@link org.claimcheck.check.Check}, {@link org.claimcheck.check.CheckRegistry},
 * {@link org.claimcheck.check.CheckContext} and {@link org.claimcheck.check.Measurement}. Imports
 * {@code org.claimcheck.claim} and {@code org.claimcheck.unit}; the domain packages below it implement checks.
 */
package org.claimcheck.check;
