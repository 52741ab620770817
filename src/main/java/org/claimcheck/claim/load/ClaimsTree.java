package org.claimcheck.claim.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputLog;
import org.claimcheck.io.InputReader;
import org.claimcheck.io.InputText;

/**
 * A claims tree and the repository that holds it: paths in messages and reports are relative to the repository
 * root, with forward slashes, whatever the working directory. Every file of the tree is read through it: only regular
 * files whose real path lies inside the claims folder (or, for a library file, inside the library's
 * {@link LibraryLocation#containment()}), each within its kind's size limit, and each recorded with its SHA-256 as an
 * input of the audit.
 */
public final class ClaimsTree {

    private final Path root;
    private final Path claims;
    private final LibraryLocation library;
    private final InputReader reader = new InputReader(new InputLog());

    /**
     * A tree whose library is {@code claims/library}.
     *
     * @param root   the folder that holds the claims folder
     * @param claims the claims folder: article folders and {@code library/}
     */
    public ClaimsTree(Path root, Path claims) {
        this(root, claims, libraryOf(claims.toAbsolutePath().normalize()));
    }

    private ClaimsTree(Path root, Path claims, LibraryLocation library) {
        this.root = root.toAbsolutePath().normalize();
        this.claims = claims.toAbsolutePath().normalize();
        this.library = library;
    }

    private static LibraryLocation libraryOf(Path claims) {
        Path folder = claims.resolve("library");
        return new LibraryLocation(folder, claims, "library", java.util.Optional.empty());
    }

    /** The tree an article folder ({@code ROOT/claims/ARTICLE}) belongs to, with the library found as by default. */
    public static ClaimsTree ofArticle(Path articleFolder) {
        return ofArticle(articleFolder, Optional.empty());
    }

    /**
     * The tree of an article folder anywhere, and its library ({@link LibraryLocation#of}). Paths are shown relative
     * to the folder above the nearest {@code claims/library} when that library is used, else to the folder two
     * above the article ({@code ROOT} of {@code ROOT/claims/ARTICLE}).
     *
     * @param libraryOption the folder given with {@code --library}, if any
     */
    public static ClaimsTree ofArticle(Path articleFolder, Optional<Path> libraryOption) {
        Path absolute = articleFolder.toAbsolutePath().normalize();
        Path claims = absolute.getParent() == null ? absolute : absolute.getParent();
        LibraryLocation library = LibraryLocation.of(absolute, libraryOption);
        Path root = claims.getParent() == null ? claims : claims.getParent();
        if (libraryOption.isEmpty() && !library.displayPrefix().isPresent() && library.containment().getParent() != null
                && absolute.startsWith(library.containment().getParent())) {
            root = library.containment().getParent();
        }
        return new ClaimsTree(root, claims, library);
    }

    public Path root() {
        return root;
    }

    public Path claims() {
        return claims;
    }

    /** The library folder: beside the article folders, given, found above the article, or packaged. */
    public Path library() {
        return library.folder();
    }

    /** Where the library is and how reports name it. */
    public LibraryLocation libraryLocation() {
        return library;
    }

    /**
     * {@code path} relative to the root, forward slashes; an absolute path when it lies outside; a file of the packaged
     * library under the library's own prefix.
     */
    public String display(Path path) {
        if (library.holds(path)) {
            Optional<String> shown = library.display(path);
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * Reads a file of the tree.
     *
     * @throws InputException when it is not a regular file inside the claims folder (links resolved), is larger than
     *                        its limit, or is not UTF-8 text
     */
    public InputText read(Path file, InputLimit limit) throws InputException {
        if (library.holds(file)) {
            return reader.readWithin(file, display(file), limit, library.containment(),
                    display(library.containment()));
        }
        return reader.readWithin(file, display(file), limit, claims, display(claims));
    }

    /** Reads a file of the tree, or records why it cannot be read at its position and gives nothing. */
    public Optional<String> read(Path file, InputLimit limit, List<Problem> problems) {
        try {
            return Optional.of(read(file, limit).text());
        } catch (InputException e) {
            problems.add(new Problem(new SourceLocation(display(file), e.line(), e.column()), "", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Every file read through this tree so far, sorted by path, with its SHA-256. */
    public List<InputText> inputs() {
        return reader.log().inputs();
    }
}
