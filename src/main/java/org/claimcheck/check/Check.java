package org.claimcheck.check;

import java.util.List;

/**
 * A named, reusable calculation or experiment. A claim file names a check by its {@link #kind()} and gives its
 * parameters; the check returns a {@link Measurement} with every input it used and the source of each.
 *
 * <p>Implementations are stateless and thread-safe; experiments take their seed from a parameter.
 */
public interface Check {

    /** The kind claim files use, kebab-case with a domain prefix: {@code model.total-params}, {@code fp8.encode}. */
    String kind();

    /** One line saying what the check computes and in which unit. */
    String summary();

    /** The parameters it accepts; a claim file that gives any other is in error. */
    List<Parameter> parameters();

    /**
     * Runs the check.
     *
     * @param context    the facts, files and other checks it may use
     * @param parameters the parameters a claim gave, already checked against {@link #parameters()} names
     * @throws CheckException when a parameter is invalid ({@link CheckException.Reason#INVALID_INPUT}) or when the
     *                        stated architecture does not state something the check needs
     *                        ({@link CheckException.Reason#UNSTATED})
     */
    Measurement run(CheckContext context, Parameters parameters) throws CheckException;
}
