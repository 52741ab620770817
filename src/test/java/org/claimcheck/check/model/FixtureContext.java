package org.claimcheck.check.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFiles;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputText;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Fact;

/**
 * A check context over the worktree's {@code claims/library}; model names starting with {@code fixture/} resolve to
 * the test configs under {@code src/test/resources/model}.
 */
final class FixtureContext implements CheckContext {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "")).toAbsolutePath().normalize();
    private static final String FIXTURE = "fixture/";

    @Override
    public Fact fact(String qualifiedName) throws CheckException {
        throw CheckException.invalid("fact: the model fixture has no facts, got \"" + qualifiedName + "\"");
    }

    @Override
    public InputText modelConfig(String modelName) throws CheckException {
        Path file = modelName.startsWith(FIXTURE)
                ? ROOT.resolve("src/test/resources/model").resolve(modelName.substring(FIXTURE.length()) + ".json")
                : ROOT.resolve("claims/library/models").resolve(modelName).resolve("config.json");
        if (!Files.isRegularFile(file)) {
            throw CheckException.invalid("config: expected a model of the library, got \"" + modelName + "\"");
        }
        return LibraryFiles.read(ROOT, file, InputLimit.CONFIG_JSON);
    }

    @Override
    public InputText libraryFile(String relativePath) throws CheckException {
        Path file = ROOT.resolve("claims/library").resolve(relativePath).normalize();
        if (!Files.isRegularFile(file)) {
            throw CheckException.invalid("file: expected a file of the library, got \"" + relativePath + "\"");
        }
        return LibraryFiles.read(ROOT, file, InputLimit.FIGURE_JSON);
    }


    @Override
    public org.claimcheck.check.Measurement measure(String kind, Parameters parameters) throws CheckException {
        for (Check check : ModelChecks.all()) {
            if (check.kind().equals(kind)) {
                return check.run(this, parameters);
            }
        }
        throw CheckException.invalid("kind: expected a model check, got \"" + kind + "\"");
    }

    /** The architecture of a library or fixture model, as the checks read it. */
    static Architecture architecture(String modelName) throws CheckException {
        return ModelConfigReader.read(new FixtureContext().modelConfig(modelName));
    }
}
