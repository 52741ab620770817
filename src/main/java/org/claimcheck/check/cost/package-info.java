/**
 * Training budgets from the report's own figures: GPU-hours, dollars, training FLOPs, model FLOPs utilisation and
 * ratios against named baselines. Imports {@code org.claimcheck.check}, {@code org.claimcheck.claim},
 * {@code org.claimcheck.unit} and Jackson (to read the library's figure files).
 */
package org.claimcheck.check.cost;
