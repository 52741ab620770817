/**
 * Mixture-of-experts experiments: DeepSeek-V3's gate with auxiliary-loss-free balancing, redundant-expert
 * placement (EPLB-style), the EPLB README example and the Table 5 ablation; also {@link MoeLabChecks}, the list of
 * every check of the MoE, parallelism and cost lab. Imports {@code org.claimcheck.check},
 * {@code org.claimcheck.check.stats}, {@code org.claimcheck.check.cost}, {@code org.claimcheck.check.parallelism},
 * {@code org.claimcheck.claim} and {@code org.claimcheck.unit}.
 */
package org.claimcheck.check.moe;
