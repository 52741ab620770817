package org.claimcheck.check;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.audit.LibraryContext;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.LibraryLoader;
import org.claimcheck.claim.load.Loaded;

/**
 * The checks' view of a claims library as an audit builds it (facts, model configs, figure files), with the given
 * checks as the only others a check may run: the worktree's {@code claims/library}, on which the seed article is
 * checked, or a library a test writes.
 */
public final class LibraryFixture {

    /** The worktree's root: the {@code claimcheck.root} property Surefire sets, else the working directory. */
    public static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "")).toAbsolutePath().normalize();

    private LibraryFixture() {
    }

    /** A context over the worktree's library with these checks in its registry. */
    public static CheckContext with(List<Check> checks) {
        return new LibraryContext(Worktree.LIBRARY, tree(ROOT), CheckRegistry.of(checks));
    }

    /** A context over the worktree's library that can run no other check. */
    public static CheckContext alone() {
        return with(List.of());
    }

    /**
     * A context over the library of another claims tree, {@code root/claims/library}.
     *
     * @throws IllegalStateException when that library has problems
     */
    public static CheckContext at(Path root, List<Check> checks) {
        return new LibraryContext(load(root), tree(root), CheckRegistry.of(checks));
    }

    private static ClaimsTree tree(Path root) {
        return new ClaimsTree(root, root.resolve("claims"));
    }

    private static Library load(Path root) {
        ClaimsTree tree = tree(root);
        Loaded<Library> library = LibraryLoader.load(tree.library(), tree);
        if (!library.problems().isEmpty()) {
            throw new IllegalStateException("the library does not load: " + library.problems());
        }
        return library.value();
    }

    /** The worktree's library, loaded once for all tests (it is immutable). */
    private static final class Worktree {
        private static final Library LIBRARY = load(ROOT);
    }
}
