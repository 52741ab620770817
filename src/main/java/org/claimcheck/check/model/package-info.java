/**
 * The architecture calculator: reads Hugging Face {@code config.json} files (Llama, Mistral, Mixtral, DeepSeek-V2/V3)
 * and derives parameter counts, per-token FLOPs, KV-cache sizes and training-state bytes as checks. Imports
 * {@code org.claimcheck.check}, {@code org.claimcheck.claim}, {@code org.claimcheck.unit} and Jackson databind.
 */
package org.claimcheck.check.model;
