/**
 * Pipeline parallelism: the bubble closed forms of 1F1B, ZB1P and DualPipe (R Table 2, p.13; DualPipe README), a
 * discrete-event simulation of 1F1B, and the per-device memory multipliers. Imports {@code org.claimcheck.check},
 * {@code org.claimcheck.claim} and {@code org.claimcheck.unit}; no other domain.
 */
package org.claimcheck.check.parallelism;
