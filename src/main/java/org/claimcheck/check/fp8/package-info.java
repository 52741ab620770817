/**
 * The FP8 numerics lab: bit-exact E4M3/E5M2/BF16/FP16/FP32/E2M1 codecs and the MXFP4 block codec, the decimal input
 * and output of {@code quantize}, scaling strategies (per tensor, delayed, per row, 1x128 tiles, 128x128 blocks), a
 * model of limited-precision GEMM accumulation, and the checks of experiments E1–E5.
 * Imports {@code org.claimcheck.check}, {@code org.claimcheck.check.stats}, {@code org.claimcheck.claim} and
 * {@code org.claimcheck.unit}; random numbers and statistics only through {@code check.stats}.
 */
package org.claimcheck.check.fp8;
