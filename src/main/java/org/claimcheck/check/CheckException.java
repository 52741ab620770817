package org.claimcheck.check;

import java.util.List;
import java.util.Objects;

/** Why a check could not produce a measurement: one problem, or several found in one input (a model config). */
public final class CheckException extends Exception {

    /** The two reasons a check stops: the claim gave bad input, or the sources do not state what it needs. */
    public enum Reason {
        /** A parameter or reference of the claim file is wrong: the claim file is in error. */
        INVALID_INPUT,
        /** The stated architecture and its sources do not state a figure or mechanism the check needs. */
        UNSTATED
    }

    private final Reason reason;
    private final transient List<String> problems;

    public CheckException(Reason reason, String message) {
        this(reason, List.of(Objects.requireNonNull(message, "message")));
    }

    private CheckException(Reason reason, List<String> problems) {
        super(String.join("\n", problems));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problems = List.copyOf(problems);
    }

    public static CheckException invalid(String message) {
        return new CheckException(Reason.INVALID_INPUT, message);
    }

    /**
     * Several problems of one input, each a message of its own; the exception's message has them one a line.
     *
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public static CheckException invalid(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        return new CheckException(Reason.INVALID_INPUT, problems);
    }

    public static CheckException unstated(String message) {
        return new CheckException(Reason.UNSTATED, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The problems, in the order found: one for most checks, every problem of a config for the model checks. */
    public List<String> problems() {
        return problems;
    }
}
