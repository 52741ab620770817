package org.claimcheck.claim;

/**
 * A run of a text, {@code [start, end)} in UTF-16 offsets.
 *
 * @param start the first offset, at least 0
 * @param end   one past the last offset, greater than start
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (!(start >= 0 && end > start)) {
            throw new IllegalArgumentException("expected 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** Whether this span and {@code [otherStart, otherEnd)} share an offset. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
