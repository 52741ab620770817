package org.claimcheck.check.fp8;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFiles;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputText;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Fact;

/** A check context over the worktree's claims/library, with the FP8 checks as the registry. */
final class FixtureContext implements CheckContext {

    private static final Path ROOT = Path.of(System.getProperty("claimcheck.root", ".")).toAbsolutePath();
    private static final Path LIBRARY = ROOT.resolve("claims/library");
    private final CheckRegistry registry = CheckRegistry.of(Fp8Checks.all());

    @Override
    public Fact fact(String qualifiedName) throws CheckException {
        throw CheckException.invalid("no fact named " + qualifiedName + " in the FP8 fixture");
    }

    @Override
    public InputText modelConfig(String modelName) throws CheckException {
        return libraryFile("models/" + modelName + "/config.json");
    }

    @Override
    public InputText libraryFile(String relativePath) throws CheckException {
        Path file = LIBRARY.resolve(relativePath).normalize();
        if (!file.startsWith(LIBRARY) || !Files.isRegularFile(file)) {
            throw CheckException.invalid("no library file " + relativePath);
        }
        return LibraryFiles.read(ROOT, file, InputLimit.FIGURE_JSON);
    }


    @Override
    public Measurement measure(String kind, Parameters parameters) throws CheckException {
        return registry.find(kind).orElseThrow(() -> CheckException.invalid("unknown kind " + kind))
                .run(this, parameters);
    }
}
