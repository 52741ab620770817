/**
 * Training budgets from the report's own figures: GPU-hours, dollars, training FLOPs, model FLOPs utilisation and
 * ratios against named baselines. Imports {@code org.claimcheck.check}, {@code org.claimcheck.claim} and
 * {@code org.claimcheck.unit}; no other domain (it runs the model checks by kind, through the context).
 */
package org.claimcheck.check.cost;
