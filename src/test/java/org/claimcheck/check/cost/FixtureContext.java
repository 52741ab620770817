package org.claimcheck.check.cost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFiles;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputText;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * A check context for the lab's tests: files resolve under the worktree's {@code claims/library}; the only other
 * check it can run is {@code model.active-params}, which it answers with the published 37B activated parameters.
 */
public final class FixtureContext implements CheckContext {

    /** DeepSeek-V3 activates 37B parameters per token (R §4.2, p.22). */
    public static final double PUBLISHED_ACTIVE_PARAMS = 37e9;

    private final Path root = Path.of(System.getProperty("claimcheck.root", ".")).toAbsolutePath().normalize();

    @Override
    public Fact fact(String qualifiedName) throws CheckException {
        throw CheckException.invalid("the fixture has no facts, asked for " + qualifiedName);
    }

    @Override
    public InputText modelConfig(String modelName) throws CheckException {
        return libraryFile("models/" + modelName + "/config.json");
    }

    @Override
    public InputText libraryFile(String relativePath) throws CheckException {
        Path library = root.resolve("claims/library");
        Path file = library.resolve(relativePath).normalize();
        if (!file.startsWith(library) || !Files.isRegularFile(file)) {
            throw CheckException.invalid("no library file " + relativePath);
        }
        return LibraryFiles.read(root, file, InputLimit.FIGURE_JSON);
    }


    @Override
    public Measurement measure(String kind, Parameters parameters) throws CheckException {
        if (!kind.equals("model.active-params")) {
            throw CheckException.invalid("the fixture cannot run " + kind);
        }
        SourcedValue published = new SourcedValue("activated parameters", PUBLISHED_ACTIVE_PARAMS, Unit.PARAMETERS,
                new Source("R", "§4.2, p.22"));
        return Measurement.of(Quantity.of(PUBLISHED_ACTIVE_PARAMS, Unit.PARAMETERS), List.of(published),
                List.of("fixture: published figure"));
    }
}
