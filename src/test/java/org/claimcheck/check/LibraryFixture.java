package org.claimcheck.check;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.audit.LibraryContext;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.LibraryLoader;
import org.claimcheck.claim.load.Loaded;

/**
 * The checks' view of the worktree's {@code claims/library} as an audit builds it (facts, model configs, figure files),
 * with the given checks as the only others a check may run. For the domain tests, which run checks on the library the
 * seed article uses.
 */
public final class LibraryFixture {

    /** The worktree's root: the {@code claimcheck.root} property Surefire sets, else the working directory. */
    public static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "")).toAbsolutePath().normalize();

    private LibraryFixture() {
    }

    /**
     * A context over the library with these checks in its registry.
     *
     * @throws IllegalStateException when the library has problems (the worktree's library must load cleanly)
     */
    public static CheckContext with(List<Check> checks) {
        ClaimsTree tree = new ClaimsTree(ROOT, ROOT.resolve("claims"));
        return new LibraryContext(Loader.get(), tree, CheckRegistry.of(checks));
    }

    /** The library, loaded once for all tests (it is immutable). */
    private static final class Loader {
        private static final Library VALUE = load();

        static Library get() {
            return VALUE;
        }

        private static Library load() {
            ClaimsTree tree = new ClaimsTree(ROOT, ROOT.resolve("claims"));
            Loaded<Library> library = LibraryLoader.load(tree.library(), tree);
            if (!library.problems().isEmpty()) {
                throw new IllegalStateException("the library does not load: " + library.problems());
            }
            return library.value();
        }
    }

    /** A context over the library that can run no other check. */
    public static CheckContext alone() {
        return with(List.of());
    }
}
