package org.claimcheck.check;

import java.nio.file.Path;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.claimcheck.io.InputText;

/** How the tests' check contexts read a file: as the audit does, cited relative to the worktree's root. */
public final class LibraryFiles {

    private LibraryFiles() {
    }

    /** The text of {@code file}, cited relative to {@code root}. @throws CheckException when it cannot be read */
    public static InputText read(Path root, Path file, InputLimit limit) throws CheckException {
        String cited = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        try {
            return InputReader.unlogged().read(file, cited, limit);
        } catch (InputException e) {
            throw CheckException.invalid(cited + ": " + e.getMessage());
        }
    }
}
