package org.claimcheck.cli;

/** The exit codes of every command, as a test runner's. */
final class ExitCodes {

    /** No claim is flagged (or the command succeeded). */
    static final int OK = 0;
    /** Some claim is flagged. */
    static final int FLAGGED = 1;
    /** The input is invalid or the command is misused. */
    static final int INVALID = 2;
    /** A fault of claimcheck itself. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
