package org.claimcheck.check.model;

import java.util.Objects;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;

/**
 * The width of one cached key or value element: a storage format (BF16, FP8 …) or a bare bit width such as 6, for
 * claims about caches quantised below a byte.
 *
 * @param name   how reports name it: {@code BF16}, {@code 6-bit}
 * @param bits   bits per element, in [1, 64]
 * @param source where the width is stated (the format's specification, or the claim that gives the width)
 */
record KvPrecision(String name, long bits, Source source) {

    /** Widest bit width a claim may give. */
    static final long MAX_BITS = 64;

    KvPrecision {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (!(bits >= 1 && bits <= MAX_BITS)) {
            throw new IllegalArgumentException("bits must be in [1, 64], got " + bits);
        }
    }

    /** A storage format's width. */
    static KvPrecision of(StorageFormat format) {
        return new KvPrecision(format.id(), format.bits(), format.source());
    }

    /** A bare width of {@code bits}, stated by {@code source}. */
    static KvPrecision ofBits(long bits, Source source) {
        return new KvPrecision(bits + "-bit", bits, source);
    }

    /**
     * Bytes for {@code elements} packed elements, rounded up to whole bytes: {@code ceil(elements × bits / 8)}.
     *
     * @param elements at least 0
     * @throws ArithmeticException on overflow of {@code long}
     */
    long bytes(long elements) {
        long bits = Math.multiplyExact(elements, this.bits);
        return Math.floorDiv(Math.addExact(bits, Byte.SIZE - 1), Byte.SIZE);
    }
}
