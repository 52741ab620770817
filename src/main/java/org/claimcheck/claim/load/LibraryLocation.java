package org.claimcheck.claim.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.io.FolderDigest;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.PackagedFolder;

/**
 * Where an article's library is, and how it was found: the folder given with {@code --library}; else the nearest
 * {@code claims/library} in a folder above the article folder (so {@code ROOT/claims/ARTICLE} finds
 * {@code ROOT/claims/library}, as does an article kept deeper in a newsroom's repository); else the library packaged
 * in claimcheck's jar, so that an article folder anywhere can be audited.
 *
 * @param folder        the library folder (in the jar's file system for the packaged library)
 * @param containment   the folder its files must stay in, links resolved
 * @param name          how reports name it: its path relative to the article folder, or {@code packaged}
 * @param displayPrefix what its files' paths start with in messages and reports, for a library outside the
 *                      repository root's file system ({@code packaged-library}); empty otherwise
 */
public record LibraryLocation(Path folder, Path containment, String name, Optional<String> displayPrefix) {

    /** Where the library is packaged in the jar (the build copies {@code claims/library} there). */
    public static final String PACKAGED_RESOURCE = "claimcheck/library";
    /** How reports name the packaged library, and what its files' paths start with. */
    public static final String PACKAGED = "packaged";
    private static final String PACKAGED_PREFIX = "packaged-library";

    public LibraryLocation {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(containment, "containment");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayPrefix, "displayPrefix");
    }

    /**
     * The library of an article folder.
     *
     * @param articleFolder the article folder
     * @param option        the folder given with {@code --library}, if any; it is taken as given, even when missing
     *                      (the loader then reports it)
     */
    public static LibraryLocation of(Path articleFolder, Optional<Path> option) {
        Path article = articleFolder.toAbsolutePath().normalize();
        if (option.isPresent()) {
            Path folder = option.get().toAbsolutePath().normalize();
            return new LibraryLocation(folder, folder, relativeName(article, folder), Optional.empty());
        }
        return nearest(article).orElseGet(() -> packaged(article));
    }

    /** The nearest {@code claims/library} above the article folder, contained by its {@code claims} folder. */
    static Optional<LibraryLocation> nearest(Path article) {
        for (Path above = article.getParent(); above != null; above = above.getParent()) {
            Path folder = above.resolve("claims").resolve("library");
            if (Files.isDirectory(folder)) {
                return Optional.of(new LibraryLocation(folder, above.resolve("claims"), relativeName(article, folder),
                        Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static LibraryLocation packaged(Path article) {
        Optional<Path> folder = PackagedFolder.of(PACKAGED_RESOURCE, "sources.yaml");
        // without a packaged library (a build that left it out) the loader reports a missing folder beside the article
        Path missing = article.resolveSibling("library");
        return folder.map(found -> new LibraryLocation(found, found, PACKAGED, Optional.of(PACKAGED_PREFIX)))
                .orElseGet(() -> new LibraryLocation(missing, missing, relativeName(article, missing),
                        Optional.empty()));
    }

    private static String relativeName(Path article, Path folder) {
        try {
            return article.relativize(folder).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return folder.toString().replace('\\', '/');
        }
    }

    /** Whether {@code path} lies in this library (in its file system, under its folder). */
    boolean holds(Path path) {
        return path.getFileSystem().equals(folder.getFileSystem())
                && path.toAbsolutePath().normalize().startsWith(folder);
    }

    /** {@code path} as messages show it, for a library with a prefix of its own: {@code packaged-library/facts/x}. */
    Optional<String> display(Path path) {
        return displayPrefix.map(prefix -> {
            String relative = folder.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
            return relative.isEmpty() ? prefix : prefix + "/" + relative;
        });
    }

    /**
     * The library's version: the SHA-256 of its files ({@link FolderDigest}), 64 hexadecimal digits; empty when the
     * library cannot be read whole (missing, a file above the limit), which the loader reports file by file.
     */
    public Optional<String> sha256() {
        try {
            return Optional.of(FolderDigest.sha256(folder, InputLimit.FIGURE_JSON));
        } catch (InputException e) {
            return Optional.empty();
        }
    }
}
