/**
 * Benchmark comparisons from the report's result tables (R Tables 3 and 6): how often a model scores above another.
 * Imports {@code check}, {@code claim} and {@code unit}; no other domain.
 */
package org.claimcheck.check.benchmark;
