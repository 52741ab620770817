package org.claimcheck.check;

import java.nio.file.Path;
import org.claimcheck.claim.Fact;

/**
 * What a check may use besides its parameters: the library's facts and model configurations, and the other checks.
 * Implementations resolve names against the claims tree and refuse paths outside it.
 */
public interface CheckContext {

    /**
     * A fact of the library by its qualified name.
     *
     * @throws CheckException INVALID_INPUT when no fact has that name (the message suggests the nearest names)
     */
    Fact fact(String qualifiedName) throws CheckException;

    /**
     * The {@code config.json} of a model of the library, by model name ({@code deepseek-v3}).
     *
     * @throws CheckException INVALID_INPUT when the library has no such model (the message lists the models)
     */
    Path modelConfig(String modelName) throws CheckException;

    /**
     * A file of the claims library ({@code claims/library/...}) by its path relative to the library folder, such as
     * {@code figures/deepseek-v3-report-figures.json}.
     *
     * @throws CheckException INVALID_INPUT when the path leaves the library or the file does not exist
     */
    Path libraryFile(String relativePath) throws CheckException;

    /** The path of a library file as reports cite it: relative to the repository root, with forward slashes. */
    String cite(Path file);

    /**
     * Runs another check, for checks composed of others.
     *
     * @throws CheckException as the named check does, or INVALID_INPUT for an unknown kind
     */
    Measurement measure(String kind, Parameters parameters) throws CheckException;
}
