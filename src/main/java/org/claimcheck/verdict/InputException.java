package org.claimcheck.verdict;

import org.claimcheck.claim.SourceLocation;

/** An input of an expression that cannot be used, at the place it is written. */
final class InputException extends Exception {

    private final transient SourceLocation location;

    InputException(SourceLocation location, String message) {
        super(message);
        this.location = location;
    }

    SourceLocation location() {
        return location;
    }
}
