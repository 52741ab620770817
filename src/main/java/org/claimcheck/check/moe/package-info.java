/**
 * Mixture-of-experts experiments: DeepSeek-V3's gate with auxiliary-loss-free balancing, redundant-expert
 * placement (EPLB-style), the EPLB README example and the Table 5 ablation. Imports {@code org.claimcheck.check},
 * {@code org.claimcheck.check.stats}, {@code org.claimcheck.claim} and {@code org.claimcheck.unit}; no other domain.
 */
package org.claimcheck.check.moe;
