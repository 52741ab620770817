package org.claimcheck.verdict;

import java.util.Objects;
import org.claimcheck.claim.Tolerance;

/**
 * How a derivation compares with the claim.
 *
 * @param matches    whether it bears the claim out
 * @param difference derived − claimed, in base units (0 for properties)
 * @param allowance  the tolerance as an absolute bound in base units, inclusive (0 for properties)
 * @param tolerance  the tolerance used, with its origin
 * @param detail     the comparison in words ("90.86% vs 84%: off by 6.86 pp, allowed ±0.5 pp")
 */
public record Comparison(boolean matches, double difference, double allowance, Tolerance tolerance, String detail) {

    public Comparison {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(detail, "detail");
    }
}
