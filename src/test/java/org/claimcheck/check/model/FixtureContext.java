package org.claimcheck.check.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFiles;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Fact;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputText;

/**
 * The worktree's {@code claims/library} with the model checks, as {@link LibraryFixture} gives it, where model names
 * starting with {@code fixture/} resolve to the test configs under {@code src/test/resources/model}.
 */
final class FixtureContext implements CheckContext {

    static final Path ROOT = LibraryFixture.ROOT;
    private static final String FIXTURE = "fixture/";

    private final CheckContext library = LibraryFixture.with(ModelChecks.all());

    @Override
    public Fact fact(String qualifiedName) throws CheckException {
        return library.fact(qualifiedName);
    }

    @Override
    public Optional<Fact> optionalFact(String qualifiedName) {
        return library.optionalFact(qualifiedName);
    }

    @Override
    public List<String> factNames() {
        return library.factNames();
    }

    @Override
    public List<String> models() {
        return library.models();
    }

    @Override
    public InputText modelConfig(String modelName) throws CheckException {
        if (!modelName.startsWith(FIXTURE)) {
            return library.modelConfig(modelName);
        }
        Path file = ROOT.resolve("src/test/resources/model").resolve(modelName.substring(FIXTURE.length()) + ".json");
        if (!Files.isRegularFile(file)) {
            throw CheckException.invalid("config: expected a fixture config, got \"" + modelName + "\"");
        }
        return LibraryFiles.read(ROOT, file, InputLimit.CONFIG_JSON);
    }

    @Override
    public InputText libraryFile(String relativePath) throws CheckException {
        return library.libraryFile(relativePath);
    }

    @Override
    public Measurement measure(String kind, Parameters parameters) throws CheckException {
        return library.measure(kind, parameters);
    }

    /** The architecture of a library or fixture model, as the checks read it. */
    static Architecture architecture(String modelName) throws CheckException {
        return ModelConfigReader.read(new FixtureContext().modelConfig(modelName));
    }
}
