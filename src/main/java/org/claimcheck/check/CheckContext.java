package org.claimcheck.check;

import java.util.List;
import java.util.Optional;
import org.claimcheck.claim.Fact;
import org.claimcheck.io.InputText;

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
     * A fact of the library by its qualified name, or empty when the library has none by that name: for checks that
     * look facts up by a naming convention ({@code MODEL.total-params}) and report their absence themselves.
     */
    Optional<Fact> optionalFact(String qualifiedName);

    /** The qualified names of the library's facts, in alphabetical order. */
    List<String> factNames();

    /** The models of the library: the folders of {@code models/} that hold a {@code config.json}, alphabetically. */
    List<String> models();

    /**
     * The text of the {@code config.json} of a model of the library, by model name ({@code deepseek-v3}), with its
     * path as reports cite it.
     *
     * @throws CheckException INVALID_INPUT when the library has no such model (the message lists the models), or
     *                        its config cannot be read (not a regular file inside the tree, too large, not UTF-8)
     */
    InputText modelConfig(String modelName) throws CheckException;

    /**
     * The text of a JSON figure file of the claims library ({@code claims/library/...}) by its path relative to the
     * library folder, such as {@code figures/deepseek-v3-report-figures.json}, with its path as reports cite it.
     *
     * @throws CheckException INVALID_INPUT when the path leaves the library, or the file cannot be read
     */
    InputText libraryFile(String relativePath) throws CheckException;

    /**
     * Runs another check, for checks composed of others.
     *
     * @throws CheckException as the named check does, or INVALID_INPUT for an unknown kind
     */
    Measurement measure(String kind, Parameters parameters) throws CheckException;
}
