package org.claimcheck.check;

import java.util.Objects;

/** Why a check could not produce a measurement. */
public final class CheckException extends Exception {

    /** The two reasons a check stops: the claim gave bad input, or the sources do not state what it needs. */
    public enum Reason {
        /** A parameter or reference of the claim file is wrong: the claim file is in error. */
        INVALID_INPUT,
        /** The stated architecture and its sources do not state a figure or mechanism the check needs. */
        UNSTATED
    }

    private final Reason reason;

    public CheckException(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static CheckException invalid(String message) {
        return new CheckException(Reason.INVALID_INPUT, message);
    }

    public static CheckException unstated(String message) {
        return new CheckException(Reason.UNSTATED, message);
    }

    public Reason reason() {
        return reason;
    }
}
