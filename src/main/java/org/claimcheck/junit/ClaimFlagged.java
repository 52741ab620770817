package org.claimcheck.junit;

/**
 * A claim that is flagged, as a test failure. It carries no stack trace: the message is the derivation, and a stack of
 * engine frames would only hide it in CI reports.
 */
public final class ClaimFlagged extends AssertionError {

    public ClaimFlagged(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
